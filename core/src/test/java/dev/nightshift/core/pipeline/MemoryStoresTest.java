package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Runs every store contract against {@link MemoryStores}; a restart keeps the same instance. */
class MemoryStoresTest {

  private final Stores stores = MemoryStores.create();

  @Test
  void everyCallCreatesStoresThatShareNothing() {
    Stores other = MemoryStores.create();
    stores.controls().setKillSwitch(true);

    assertThat(other.controls().killSwitch()).isFalse();
  }

  @Nested
  class Incidents extends IncidentStoreContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }

  @Nested
  class Timelines extends TimelineContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }

  @Nested
  class Actions extends ActionLogContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }

  @Nested
  class Approvals extends ApprovalsContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }

  @Nested
  class Controls extends ControlsContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }

  @Nested
  class KnownErrors extends KnownErrorMemoryContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }

  @Nested
  class Audit extends AuditTrailContract {
    @Override
    protected Stores stores() {
      return stores;
    }

    @Override
    protected Stores reopen() {
      return stores;
    }
  }
}
