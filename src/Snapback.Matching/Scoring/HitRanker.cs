using System.Collections.Immutable;
using System.Globalization;
using Snapback.Matching.Explanation;
using Snapback.Matching.Index;
using Snapback.Matching.Names;

namespace Snapback.Matching.Scoring;

/// <summary>
/// Keeps the best name per entity, applies secondary evidence, ranks, and explains the hits that are returned.
/// Shared by the index and the brute-force matcher so both rank identically.
/// </summary>
internal sealed class HitRanker(NameCatalog catalog, QueryFacts facts, MatchOptions options)
{
    private readonly Dictionary<int, (double Score, int Name)> best = [];

    /// <summary>Names scoring below this cannot be lifted to the threshold by evidence, so they are not kept.</summary>
    public double NameFloor { get; } = EvidenceScorer.LowestLiftedTo(options.Threshold, facts.BirthDate is not null, facts.Country is not null);

    /// <summary>Scores one listed name against the query and keeps it if it is its entity's best so far.</summary>
    public void Offer(int nameIndex)
    {
        var name = catalog.Names[nameIndex];
        var score = ScoreName(facts, name, null);
        if (score < NameFloor)
        {
            return;
        }

        Keep(name.Entity, score, nameIndex);
    }

    /// <summary>
    /// An entity found by an equal identifier, whatever its names score: every one of its names is scored, below the floor
    /// too, so the name it is reported with is its best whatever threshold the screen was asked at.
    /// </summary>
    public void OfferIdentifier(int entity)
    {
        var first = catalog.FirstName[entity];
        if (first < 0)
        {
            best.TryAdd(entity, (0, first));
            return;
        }

        for (var n = first; n < catalog.Names.Length && catalog.Names[n].Entity == entity; n++)
        {
            Keep(entity, ScoreName(facts, catalog.Names[n], null), n);
        }
    }

    // Equal scores keep the entity's first name, whatever order the names were offered in.
    private void Keep(int entity, double score, int nameIndex)
    {
        if (!best.TryGetValue(entity, out var current) || score > current.Score || (score == current.Score && nameIndex < current.Name))
        {
            best[entity] = (score, nameIndex);
        }
    }

    public IReadOnlyList<MatchHit> Rank()
    {
        var ranked = new List<(double Score, int Entity, int Name)>(best.Count);
        foreach (var (entity, (score, name)) in best)
        {
            var finalScore = EvidenceScorer.Apply(facts, catalog.Entities[entity], NameOf(entity, name), score, null);

            // Compared as reported (rounded): a hit reported at the threshold is returned whatever threshold was asked.
            if (Math.Round(finalScore, 4) >= options.Threshold)
            {
                ranked.Add((finalScore, entity, name));
            }
        }

        ranked.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entity.CompareTo(b.Entity));
        var hits = new List<MatchHit>(Math.Min(ranked.Count, options.MaxHits));
        foreach (var (score, entity, name) in ranked.Take(options.MaxHits))
        {
            hits.Add(Explain(score, entity, name));
        }

        return hits;
    }

    public static double ScoreName(QueryFacts facts, IndexedName name, List<TokenMatch>? explain)
    {
        var aligned = NameScorer.Score(facts.Name, facts.Weights, name.Parsed, name.Weights, name.IsPerson, explain);
        var compact = aligned >= 0.97f ? 0f : NameScorer.CompactScore(facts.Name, name.Parsed);
        if (compact > aligned && explain is not null)
        {
            explain.Clear();
            explain.Add(Compacted(facts.Name, name.Parsed, compact));
        }

        double score = Math.Max(aligned, compact);

        // A single-token query is not allowed to hit every longer name that contains a similar token.
        if (facts.SignificantTokens == 1 && Significant(name.Parsed) > 1)
        {
            score *= 0.92;
        }
        else if (facts.SignificantTokens == 1 && name.OneNameOfLonger)
        {
            // One name against a person's name that is one word of a fuller name of theirs (the family name listed alone as an
            // alias) is that side of the person's name only, as NameScorer scores it against the fuller name.
            score *= NameScorer.LoneFactor;
        }

        return score;
    }

    // Two names compared written together; a name written in another script is shown as written, with the Latin letters compared.
    private static TokenMatch Compacted(ParsedName query, ParsedName listed, float similarity)
    {
        static (string Shown, string? Latin) Side(ParsedName name) => Array.Exists(name.Tokens, static t => t.OtherScript)
            ? (string.Join(' ', name.Tokens.Select(static t => t.Written)), name.Compact)
            : (name.Compact, null);

        var (q, queryLatin) = Side(query);
        var (c, listedLatin) = Side(listed);
        return new TokenMatch(q, c, MatchMethod.Merged, similarity, 0, queryLatin, listedLatin);
    }

    private static int Significant(ParsedName name)
    {
        var n = 0;
        foreach (var t in name.Tokens)
        {
            n += t.Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number ? 1 : 0;
        }

        return n;
    }

    private Lists.Model.EntityName NameOf(int entity, int name) =>
        name >= 0 ? catalog.Names[name].Name : catalog.Entities[entity].Names.FirstOrDefault() ?? new Lists.Model.EntityName(catalog.Entities[entity].Id, Lists.Model.NameType.Primary);

    private MatchHit Explain(double score, int entity, int name)
    {
        var listed = catalog.Entities[entity];
        var tokens = new List<TokenMatch>();
        var notes = new List<EvidenceNote>();
        var entityName = NameOf(entity, name);
        var nameScore = name >= 0 ? ScoreName(facts, catalog.Names[name], tokens) : 0;
        EvidenceScorer.Apply(facts, listed, entityName, nameScore, notes);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"'{facts.Query.Name}' ~ '{entityName.Full}' ({entityName.Type}) name {nameScore:0.00}, score {score:0.00}: {Describe(tokens, notes)}");
        var explanation = new MatchExplanation(entityName.Full, entityName.Type, Math.Round(nameScore, 4), [.. tokens], [.. notes], summary);
        return new MatchHit(listed, Math.Round(score, 4), entityName.Full, explanation);
    }

    private static string Describe(List<TokenMatch> tokens, List<EvidenceNote> notes)
    {
        var parts = tokens.Where(static t => t.Method != MatchMethod.Unmatched)
            .Select(static t => t.Method == MatchMethod.Exact ? t.QueryToken! : $"{t.QueryToken}->{t.ListedToken} {Method(t)}")
            .Concat(notes.Select(static n => n.Detail));
        return string.Join("; ", parts);
    }

    private static string Method(TokenMatch t) => t.Method == MatchMethod.Edit
        ? string.Create(CultureInfo.InvariantCulture, $"edit({t.Edits:0.#})")
        : t.Method.ToString().ToLowerInvariant();
}
