package dev.nightshift.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs every store contract against {@link MemoryStores}; a restart keeps the same instance. */
class MemoryStoresTest extends StoresContract {

  private final Stores stores = MemoryStores.create();

  @Test
  void everyCallCreatesStoresThatShareNothing() {
    Stores other = MemoryStores.create();
    stores.controls().setKillSwitch(true);

    assertThat(other.controls().killSwitch()).isFalse();
  }

  @Override
  protected Stores stores() {
    return stores;
  }

  @Override
  protected Stores reopen() {
    return stores;
  }
}
