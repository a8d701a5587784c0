package dev.observatory.slo.source;

/** Receives what the parser reads, in file order: a family before its first sample. */
interface ExpositionSink {
  void family(Family family);

  void sample(Sample sample);
}
