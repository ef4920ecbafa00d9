package com.sentimenttriage.learning;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The promoted model a correction uses, loaded once and again only when a newer version is promoted: each ticket
 * costs one cheap version query instead of reading the parameters.
 */
final class PromotedModelCache<A> {

  private final Supplier<Optional<Integer>> activeVersion;
  private final Supplier<Optional<A>> active;
  private final ToIntFunction<A> versionOf;
  private final AtomicReference<A> cached = new AtomicReference<>();

  PromotedModelCache(Supplier<Optional<Integer>> activeVersion, Supplier<Optional<A>> active,
      ToIntFunction<A> versionOf) {
    this.activeVersion = activeVersion;
    this.active = active;
    this.versionOf = versionOf;
  }

  Optional<A> current() {
    Optional<Integer> version = activeVersion.get();
    if (version.isEmpty()) {
      return Optional.empty();
    }
    A model = cached.get();
    if (model == null || versionOf.applyAsInt(model) != version.get()) {
      model = active.get().orElse(null);
      cached.set(model);
    }
    return Optional.ofNullable(model);
  }
}
