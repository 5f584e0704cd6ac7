using System.Collections.Immutable;
using Snapback.Lists.Model;

namespace Snapback.Evaluation.Names;

/// <summary>A person's listed name as given names followed by family names, the order a document shows it in.</summary>
/// <param name="Given">Given names, in order; empty for a name of one word.</param>
/// <param name="Family">Family names: the list's own family part, else what precedes "SURNAME, Given"'s comma, else the last word.</param>
public sealed record PersonName(ImmutableArray<string> Given, ImmutableArray<string> Family)
{
    /// <summary>Given names then family names, separated by single spaces.</summary>
    public string Display => string.Join(' ', Given.Concat(Family));

    /// <summary>Every word, given names first.</summary>
    public ImmutableArray<string> Words => [.. Given, .. Family];

    /// <summary>Reads the parts of <paramref name="name"/>, or null when it has no word.</summary>
    public static PersonName? From(EntityName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!string.IsNullOrWhiteSpace(name.Given) && !string.IsNullOrWhiteSpace(name.Family))
        {
            return new PersonName([.. PlainNames.Tokens(name.Given)], [.. PlainNames.Tokens(name.Family)]);
        }

        var comma = name.Full.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && comma < name.Full.Length - 1)
        {
            var family = PlainNames.Tokens(name.Full[..comma]);
            var given = PlainNames.Tokens(name.Full[(comma + 1)..]);
            if (family.Length > 0 && given.Length > 0)
            {
                return new PersonName([.. given], [.. family]);
            }
        }

        var words = PlainNames.Tokens(name.Full);
        return words.Length == 0 ? null : new PersonName([.. words[..^1]], [words[^1]]);
    }
}
