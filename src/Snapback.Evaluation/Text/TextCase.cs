using System.Collections.Immutable;

namespace Snapback.Evaluation.Text;

/// <summary>One generated text: news or payment style, with the listed names planted in it (none in a negative text).</summary>
public sealed record TextCase(string Id, string Style, string Text, ImmutableArray<PlantedName> Planted);
