// Which of the loved one's behaviours carry a medical risk when they stop or take a break, in the shape
// the family plans ask for. The recognition itself is the personal workbook's (src/domain/medical-risk.ts),
// so init, the urge screen and the family plans always name the same risks for the same words.
import { medicalRisks } from '../medical-risk.js';

export interface MedicalRisk {
  /** Alcohol, benzodiazepines or other sedatives: stopping suddenly after heavy or long use is dangerous. */
  sedative: boolean;
  /** Opioids: overdose risk after a break, naloxone. */
  opioid: boolean;
}

export function medicalRisk(behaviours: readonly string[]): MedicalRisk {
  const risks = medicalRisks(behaviours);
  return { sedative: risks.includes('sedative-withdrawal'), opioid: risks.includes('opioid-tolerance') };
}

export function hasMedicalRisk(behaviours: readonly string[]): boolean {
  return medicalRisks(behaviours).length > 0;
}
