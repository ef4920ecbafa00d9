package com.sentimenttriage.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.mapping.InputParameter;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoMapping;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.ParameterValueProvider;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The input parameters of a task built from one of our element templates ({@code .camunda/element-templates/},
 * {@code camunda:modelerTemplate="com.sentimenttriage.…"}) are transient local variables: the building block reads
 * them in the transaction that maps them (no wait state lies between the mapping and the delegate or decision), and
 * the process keeps the values it copied them from. Camunda stores every input parameter as a runtime variable of the
 * task's scope and deletes it when the task ends; within one transaction the two cancel out in the database, but each
 * still cost an entity with a generated id, history events that {@link TriageHistory} then dropped, and the delete
 * (docs/performance.md, "Tenth session": about 2 % of the job executor's samples, the EL evaluation of the mappings stays). The outputs were made transient by the building blocks themselves.
 */
public final class TemplateInputs {

  /** Our templates' ids start with this; another vendor's template keeps Camunda's stored inputs. */
  static final String TEMPLATE_PREFIX = "com.sentimenttriage.";

  private TemplateInputs() {
  }

  public static ProcessEnginePlugin plugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl engine) {
        if (engine.getCustomPostBPMNParseListeners() == null) {
          engine.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        engine.getCustomPostBPMNParseListeners().add(new Listener());
      }
    };
  }

  /**
   * Marks the templated service and business-rule tasks (their own parse comes before their input/output mapping's),
   * then turns their inputs transient as the mapping is parsed. Stateless: the mark is a property of the activity.
   */
  private static final class Listener extends AbstractBpmnParseListener {

    private static final String TEMPLATED = "sentimentTriageTemplate";

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      mark(element, activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      mark(element, activity);
    }

    private static void mark(Element element, ActivityImpl activity) {
      String template = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "modelerTemplate");
      if (template != null && template.startsWith(TEMPLATE_PREFIX)) {
        activity.setProperty(TEMPLATED, template);
      }
    }

    @Override
    public void parseIoMapping(Element extensionElements, ActivityImpl activity, IoMapping inputOutput) {
      if (activity.getProperty(TEMPLATED) == null) {
        return;
      }
      for (InputParameter input : inputOutput.getInputParameters()) {
        input.setValueProvider(new Transient(input.getValueProvider()));
      }
    }
  }

  /** The parameter's value, as a transient variable. */
  private record Transient(ParameterValueProvider value) implements ParameterValueProvider {

    @Override
    public Object getValue(VariableScope scope) {
      return Variables.untypedValue(value.getValue(scope), true);
    }

    @Override
    public boolean isDynamic() {
      return value.isDynamic();
    }
  }
}
