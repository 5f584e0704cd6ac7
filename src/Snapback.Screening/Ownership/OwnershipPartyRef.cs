using System.Text.RegularExpressions;
using Snapback.Lists;

namespace Snapback.Screening.Ownership;

/// <summary>A party as an ownership file names it: a listed entity id, <c>customer:&lt;id&gt;</c>, or a free party by name.</summary>
/// <param name="Id">The party id in the graph.</param>
/// <param name="Name">For a free party, its name; null for ids.</param>
public sealed partial record OwnershipPartyRef(string Id, string? Name = null, string? Country = null)
{
    public const string CustomerPrefix = "customer:";
    public const string FreePrefix = "party:";

    /// <summary>The longest party reference accepted.</summary>
    public const int MaxLength = 300;

    public bool IsFree => Name is not null;

    public bool IsCustomer => Id.StartsWith(CustomerPrefix, StringComparison.Ordinal);

    /// <summary>The customer's id for a <c>customer:</c> party, else null.</summary>
    public string? CustomerId => IsCustomer ? Id[CustomerPrefix.Length..] : null;

    /// <summary>True when <paramref name="id"/> has the prefix of a list's entity ids (<c>ofac:</c>, <c>un:</c>, <c>eu:</c>, <c>uk:</c>…).</summary>
    public static bool IsListedId(string id) => ListSources.ForEntityId(id).Count > 0 && id.IndexOf(':', StringComparison.Ordinal) < id.Length - 1;

    /// <summary>Reads a reference; null with an error when it is empty or too long.</summary>
    public static OwnershipPartyRef? Parse(string? value, string? country, out string? error)
    {
        var text = value is null ? "" : Spaces().Replace(value.Trim(), " ");
        var place = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        error = text.Length == 0 ? "required" : text.Length > MaxLength ? $"longer than {MaxLength} characters" : null;
        if (error is not null)
        {
            return null;
        }

        if (text.StartsWith(CustomerPrefix, StringComparison.Ordinal))
        {
            return text.Length > CustomerPrefix.Length ? new OwnershipPartyRef(text) : Fail("customer: needs an id", out error);
        }

        if (IsListedId(text))
        {
            return new OwnershipPartyRef(text);
        }

        var name = text.StartsWith(FreePrefix, StringComparison.Ordinal) ? text[FreePrefix.Length..].Trim() : text;
        if (name.Length == 0)
        {
            return Fail("party: needs a name", out error);
        }

        return new OwnershipPartyRef(FreePrefix + name + (place is null ? "" : "@" + place), name, place);
    }

    private static OwnershipPartyRef? Fail(string message, out string? error)
    {
        error = message;
        return null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
