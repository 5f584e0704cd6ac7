namespace Snapback.Evaluation.Running;

/// <summary>Recall and false-alert rate of both halves at one threshold.</summary>
public sealed record SweepPoint(
    double Threshold,
    double TuningRecall,
    double TuningFalseAlerts,
    double HeldOutRecall,
    double HeldOutFalseAlerts);
