package dev.nightshift.core.pipeline;

import org.junit.jupiter.api.Nested;

/**
 * The whole store compatibility kit: a store implementation passes when one subclass saying how to
 * get its stores and how to restart them passes every port's contract below.
 */
public abstract class StoresContract {

  /** The stores under test: empty when a test starts, the same instance until {@link #reopen}. */
  protected abstract Stores stores();

  /** The stores over the same data as a restarted agent sees them. */
  protected abstract Stores reopen();

  @Nested
  class Incidents extends IncidentStoreContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Timelines extends TimelineContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Actions extends ActionLogContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Approvals extends ApprovalsContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Changes extends ChangeEventsContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Alerts extends AlertLogContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Controls extends ControlsContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class KnownErrors extends KnownErrorMemoryContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Audit extends AuditTrailContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Outbox extends DeliveriesContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Learned extends LearnedKnownErrorsContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }

  @Nested
  class Spending extends SpendLedgerContract {
    @Override
    protected Stores stores() {
      return StoresContract.this.stores();
    }

    @Override
    protected Stores reopen() {
      return StoresContract.this.reopen();
    }
  }
}
