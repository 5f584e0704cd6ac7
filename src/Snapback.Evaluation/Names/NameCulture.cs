using System.Collections.Immutable;

namespace Snapback.Evaluation.Names;

/// <summary>Common given and family names of one naming tradition, for making up names of people on no list.</summary>
public sealed record NameCulture(string Name, ImmutableArray<string> Given, ImmutableArray<string> Family)
{
    /// <summary>Reads space-separated given and family names; an underscore joins the words of one name (de_Jong).</summary>
    public static NameCulture Of(string name, string given, string family) => new(name, Read(given), Read(family));

    private static ImmutableArray<string> Read(string names) =>
        [.. names.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static n => n.Replace('_', ' '))];
}
