package com.sentimenttriage.gating.calibration;

import com.sentimenttriage.triage.TicketTriageProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;

/** Copies of the shipped escalation-gate table with some input cells rewritten, as a process admin would. */
final class GateTables {

  static final String PAYING_FRUSTRATION = "InputEntry_FrustratedPayingAccount_Frustration";
  static final String PAYING_MRR = "InputEntry_FrustratedPayingAccount_Mrr";
  static final String VERY_FRUSTRATED_FRUSTRATION = "InputEntry_VeryFrustrated_Frustration";

  private GateTables() {
  }

  /** Writes dir/escalation-gate.dmn: the shipped table with each cell (by input entry id) given new text. */
  static Path edited(Path dir, Map<String, String> cells) throws IOException {
    DmnModelInstance model;
    try (InputStream shipped = GateTables.class.getClassLoader()
        .getResourceAsStream(TicketTriageProcess.GATE_RESOURCE)) {
      model = Dmn.readModelFromStream(shipped);
    }
    cells.forEach((id, text) -> model.<InputEntry>getModelElementById(id).getText().setTextContent(text));
    Path file = dir.resolve("escalation-gate.dmn");
    Dmn.writeModelToFile(file.toFile(), model);
    return file;
  }
}
