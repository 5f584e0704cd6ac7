using Snapback.Lists.Model;
using Snapback.Matching.Explanation;
using Snapback.Matching.Index;
using Snapback.Matching.Names;

namespace Snapback.Matching.Scoring;

/// <summary>
/// Moves a name score with secondary evidence: an equal identifier is decisive; a consistent birth date or country raises it,
/// a clearly different birth year or a different kind of entity lowers it; a weak alias counts less than a name.
/// </summary>
internal static class EvidenceScorer
{
    public const double IdentifierScore = 0.99;

    // A same birth date raises a score by this share of its gap to 1, plus the lift; a matching country likewise.
    private const double BirthDateShare = 0.08;
    private const double BirthDateLift = 0.02;
    private const double CountryShare = 0.03;
    private const double CountryLift = 0.01;

    // Reported scores are rounded to four decimals, so a score this far below the threshold is reported at it.
    private const double Rounding = 5e-5;

    /// <summary>
    /// The lowest name score that evidence other than an identifier can lift to <paramref name="threshold"/> for this query: the
    /// largest raise is a same birth date followed by a matching country (every other effect lowers), each possible only when
    /// the query gives it, and each is increasing in the score, so a name scoring below this cannot become a hit.
    /// </summary>
    public static double LowestLiftedTo(double threshold, bool birthDate, bool country)
    {
        // Most(s) = (1 - c)·((1 - b)·s + b + lb) + c + lc, solved for s; a share and lift the query cannot earn are zero.
        var (countryShare, countryLift) = country ? (CountryShare, CountryLift) : (0, 0);
        var (birthShare, birthLift) = birthDate ? (BirthDateShare, BirthDateLift) : (0, 0);
        var afterBirth = (threshold - Rounding - countryShare - countryLift) / (1 - countryShare);
        var before = (afterBirth - birthShare - birthLift) / (1 - birthShare);
        return Math.Max(0, before - 1e-6);
    }

    public static double Apply(QueryFacts facts, ListedEntity entity, EntityName name, double score, List<EvidenceNote>? notes)
    {
        if (name.Type == NameType.WeakAlias)
        {
            score = Adjust(score, score * 0.9, EvidenceKind.NameType, "weak alias counts less", notes);
        }

        if (facts.BirthDate is { } date && !entity.BirthDates.IsDefaultOrEmpty)
        {
            score = BirthDateEvidence(date, entity, score, notes);
        }

        if (facts.Country is { } country && CountryEvidence(country, entity) is { } same)
        {
            score = same
                ? Adjust(score, score + (CountryShare * (1 - score)) + CountryLift, EvidenceKind.Country, "country " + facts.Query.Country + " matches", notes)
                : Adjust(score, score * 0.97, EvidenceKind.Country, "country " + facts.Query.Country + " not among the listed countries", notes);
        }

        if (facts.Query.Kind is { } kind && kind != entity.Kind && !(IsOrganisation(kind) && IsOrganisation(entity.Kind)))
        {
            score = Adjust(score, score * 0.8, EvidenceKind.Kind, $"query is a {kind}, listing is a {entity.Kind}", notes);
        }

        if (facts.Identifiers.Length > 0 && IdentifierMatches(facts, entity) is { } identifier)
        {
            score = Adjust(score, Math.Max(score, IdentifierScore), EvidenceKind.Identifier, $"{identifier.Type} {identifier.Value} is equal", notes);
        }

        return Math.Clamp(score, 0, 1);
    }

    public static Identifier? IdentifierMatches(QueryFacts facts, ListedEntity entity)
    {
        if (entity.Identifiers.IsDefaultOrEmpty)
        {
            return null;
        }

        foreach (var identifier in entity.Identifiers)
        {
            var key = IdentifierKey.Normalize(identifier.Value);
            if (key is not null && Array.IndexOf(facts.Identifiers, key) >= 0)
            {
                return identifier;
            }
        }

        return null;
    }

    private static bool IsOrganisation(EntityKind kind) => kind == EntityKind.Organization;

    private static double BirthDateEvidence(PartialDate date, ListedEntity entity, double score, List<EvidenceNote>? notes)
    {
        var best = int.MaxValue;
        var exact = false;
        BirthDate? closest = null;
        foreach (var listed in entity.BirthDates)
        {
            var to = listed.ToYear ?? listed.Year;
            var gap = date.Year < listed.Year ? listed.Year - date.Year : date.Year > to ? date.Year - to : 0;
            if (listed.Circa)
            {
                gap = Math.Max(0, gap - 1);
            }

            var sameDay = date.Month is { } m && date.Day is { } d && listed.Month is { } lm && listed.Day is { } ld
                && ((m == lm && d == ld) || (m == ld && d == lm));
            if (gap < best || (gap == best && sameDay && !exact))
            {
                best = gap;
                exact = sameDay && gap == 0;
                closest = listed;
            }
        }

        var detail = $"birth date {facts(date)} vs listed {closest}";
        return best switch
        {
            0 when exact => Adjust(score, score + (BirthDateShare * (1 - score)) + BirthDateLift, EvidenceKind.BirthDate, detail + ": same date", notes),
            <= 1 => Adjust(score, score + (0.04 * (1 - score)) + 0.01, EvidenceKind.BirthDate, detail + ": consistent", notes),
            2 => Adjust(score, score * 0.92, EvidenceKind.BirthDate, detail + ": two years apart", notes),
            _ => Adjust(score, score * 0.75, EvidenceKind.BirthDate, detail + ": different year", notes),
        };

        static string facts(PartialDate d) => d.Month is { } m ? d.Day is { } day ? $"{d.Year:0000}-{m:00}-{day:00}" : $"{d.Year:0000}-{m:00}" : $"{d.Year:0000}";
    }

    private static bool? CountryEvidence(string country, ListedEntity entity)
    {
        var any = false;
        foreach (var listed in Countries(entity))
        {
            if (string.IsNullOrWhiteSpace(listed))
            {
                continue;
            }

            any = true;
            if (string.Equals(Normalization.NameNormalizer.Normalize(listed), country, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return any ? false : null;
    }

    private static IEnumerable<string?> Countries(ListedEntity entity)
    {
        foreach (var n in entity.Nationalities.IsDefault ? [] : entity.Nationalities)
        {
            yield return n;
        }

        foreach (var c in entity.Citizenships.IsDefault ? [] : entity.Citizenships)
        {
            yield return c;
        }

        foreach (var a in entity.Addresses.IsDefault ? [] : entity.Addresses)
        {
            yield return a.Country;
            yield return a.CountryCode;
        }

        yield return entity.Vessel?.Flag;
    }

    private static double Adjust(double before, double after, EvidenceKind kind, string detail, List<EvidenceNote>? notes)
    {
        notes?.Add(new EvidenceNote(kind, detail, Math.Round(after - before, 4)));
        return after;
    }
}
