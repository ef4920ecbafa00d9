package com.sentimenttriage.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** The process engine's DMN configuration, for the engine plugins that adjust it before the engine is built. */
public final class DmnConfigurations {

  private DmnConfigurations() {
  }

  /**
   * The DMN configuration the process engine will build its DMN engine from: the one another plugin already set,
   * or a new default one, now set on the engine. Call from a plugin's {@code preInit}.
   */
  public static DefaultDmnEngineConfiguration of(ProcessEngineConfigurationImpl engine) {
    if (engine.getDmnEngineConfiguration() == null) {
      engine.setDmnEngineConfiguration(
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    return engine.getDmnEngineConfiguration();
  }
}
