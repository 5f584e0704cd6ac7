namespace Snapback.Evaluation.Text;

/// <summary>A listed name written into a text at a known span (UTF-16, end exclusive), and how it was written.</summary>
public sealed record PlantedName(int Start, int End, string EntityId, string How);
