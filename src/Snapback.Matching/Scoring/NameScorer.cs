using System.Numerics;
using Snapback.Matching.Explanation;
using Snapback.Matching.Names;

namespace Snapback.Matching.Scoring;

/// <summary>
/// Scores a query name against a listed name. Tokens are paired greedily by similarity, in any order, including
/// one-to-two merges. The score combines how much of the query is covered (weighted by token weight, which falls with how
/// common a token is) with how much of the listed name is covered, where a listed person's unmatched middle names and
/// patronymics cost less than unmatched query tokens.
/// </summary>
internal static class NameScorer
{
    public const float QueryExponent = 0.55f;
    public const float ListedExponent = 0.45f;

    /// <summary>What a match of one side of a person's name only (<see cref="OneSideOnly"/>) keeps of its score: below the default threshold even when exact.</summary>
    public const float LoneFactor = 0.78f;

    /// <summary>The share of a listed name's weight left unmatched by an initial standing for it, when every listed name is paired.</summary>
    private const float WholeNameInitialRest = 0.5f;

    // Token weight below which a token counts as common (document frequency high), see NameCatalog.Weigh.
    private const float CommonWeight = 0.6f;

    [ThreadStatic]
    private static List<TokenEdge>? edgesScratch;

    public static float Score(ParsedName query, float[] queryWeights, ParsedName listed, float[] listedWeights, bool listedIsPerson, List<TokenMatch>? explain)
    {
        var q = query.Tokens;
        var c = listed.Tokens;
        if (q.Length == 0 || c.Length == 0 || q.Length > 32 || c.Length > 64)
        {
            return 0f;
        }

        var edges = edgesScratch ??= new List<TokenEdge>(64);
        edges.Clear();
        CollectEdges(q, c, edges);
        CollectCompoundEdges(q, query.Compounds, c, edges);
        edges.Sort(static (a, b) => b.Similarity != a.Similarity
            ? b.Similarity.CompareTo(a.Similarity)
            : b.Size.CompareTo(a.Size));
        // A query token that pairs equally well with two listed tokens takes the one that continues a run of the query's words
        // in the listed name: "HAMID NOORI" is the family name of "Hamid Karim HAMID NOORI", not its first given name and
        // its family name, and is then scored as the family name alone.
        if (HasTiedToken(edges))
        {
            MarkRuns(edges);
            edges.Sort(static (a, b) => b.Similarity != a.Similarity ? b.Similarity.CompareTo(a.Similarity)
                : b.Size != a.Size ? b.Size.CompareTo(a.Size)
                : b.InRun.CompareTo(a.InRun));
        }

        uint usedQ = 0;
        var pairs = 0;
        ulong usedC = 0;
        float matched = 0, matchedWeight = 0, distinctive = 0, initialQueryRest = 0, initialListedRest = 0;
        var matchedNonInitial = false;
        var distinctivePairs = 0;
        var distinctiveSimilarity = 0f;
        var distinctiveAcross = false;
        var onlyCommon = true;
        var onlyCommonNames = true;
        float heaviest = 0, heaviestSimilarity = 1;
        bool heaviestKnownSlip = false, otherSure = false;
        foreach (var e in edges)
        {
            var maskQ = e.QueryMask;
            var maskC = e.ListedMask;
            if ((usedQ & maskQ) != 0 || (usedC & maskC) != 0)
            {
                continue;
            }

            usedQ |= maskQ;
            usedC |= maskC;
            pairs++;
            var weight = listedWeights[e.Listed] + (e.Listed2 < 0 ? 0f : listedWeights[e.Listed2]);

            if (e.Method == MatchMethod.Initial)
            {
                // An initial covers only part of the full token it stands for; the rest counts as unmatched.
                weight *= 0.3f;
                if (q[e.Query].Role != TokenRole.Initial)
                {
                    initialQueryRest += 0.7f * queryWeights[e.Query];
                }
                else if (c[e.Listed].Role != TokenRole.Initial)
                {
                    initialListedRest += listedWeights[e.Listed] * (listedIsPerson ? UnmatchedListedFactor(c[e.Listed].Role) : 1f);
                }
            }
            else
            {
                matchedNonInitial |= q[e.Query].Role != TokenRole.Particle;
            }

            onlyCommon &= weight < CommonWeight * (e.Listed2 < 0 ? 1 : 2);
            onlyCommonNames &= e.Listed2 < 0 && NameVocabulary.IsCommonName(c[e.Listed].Key);
            matched += e.Similarity * weight;
            matchedWeight += weight;
            if (q[e.Query].Role is TokenRole.Name or TokenRole.Patronymic or TokenRole.Number && e.Method != MatchMethod.Initial)
            {
                distinctive += weight;
                distinctivePairs++;
                distinctiveSimilarity = e.Similarity;
                distinctiveAcross = e.Method == MatchMethod.Transliteration && q[e.Query].OtherScript && e.Listed2 < 0 && !c[e.Listed].OtherScript;
                var knownSlip = e.Method == MatchMethod.Edit && e.Query2 < 0 && IsKnownLatinName(q[e.Query]);
                if (weight > heaviest)
                {
                    otherSure |= heaviest >= CommonWeight && !heaviestKnownSlip;
                    (heaviest, heaviestSimilarity, heaviestKnownSlip) = (weight, e.Similarity, knownSlip);
                }
                else
                {
                    otherSure |= weight >= CommonWeight && !knownSlip;
                }
            }

            explain?.Add(new TokenMatch(
                Join(q, e.Query, e.Query2), Join(c, e.Listed, e.Listed2), e.Method, e.Similarity, e.Edits, Latin(q, e.Query, e.Query2), Latin(c, e.Listed, e.Listed2)));
        }

        float unmatchedQuery = 0, unmatchedListed = 0;
        bool numberMissed = false, listedHasNumber = false;
        for (var i = 0; i < q.Length; i++)
        {
            if ((usedQ & (1u << i)) == 0)
            {
                unmatchedQuery += UnmatchedWeight(q[i], queryWeights[i]);
                numberMissed |= q[i].Role == TokenRole.Number;
                explain?.Add(new TokenMatch(q[i].Written, null, MatchMethod.Unmatched, 0, 0, Latin(q, i, -1)));
            }
        }

        // A listed person's family name left unpaired while the query holds a name of its own that pairs with nothing is
        // another person's family name (the same given names, another family): it counts in full, not as a missing middle name.
        var otherFamily = listedIsPerson && listed.FamilyMask != 0 && (usedC & listed.FamilyMask) == 0 && QueryHasUnpairedName(q, usedQ);
        // Without a known family name on either side, the last names of both left unpaired are two families with the same given
        // names ("SAMI EZAT SAMI MANSOUR" is not "SAMI EZAT SAMI SALEH"), as with a family name known.
        var lastOther = listedIsPerson && listed.FamilyMask == 0 && query.FamilyMask == 0 && LastNameUnpaired(c, usedC) && LastNameUnpaired(q, usedQ);
        // The query's own family name (written before a comma or in upper case) paired with nothing names another family too
        // ("Sahar Otri ZAITOUN" is not "OTRI, Sahar").
        var queryFamilyUnpaired = listedIsPerson && query.FamilyMask != 0 && (usedQ & query.FamilyMask) == 0;
        // And the query's own given names, none of them paired, name another member of the family its family name gives
        // ("Hassan JOK RIAK" is not "RIAK, Jok", whose given name the query holds only as part of its family name).
        var queryGivenUnpaired = listedIsPerson && query.FamilyMask != 0 && GivenNamesUnpaired(q, query.FamilyMask, usedQ);

        // One side of a person's name and nothing of the other (a family name alone, "HADDAD"; "MARTINEZ CANTABRANA" for
        // "MARTINEZ CANTABRANA, Cesar"; the given names alone, "Tong Chol" for "KIM, Tong-chol") says little about which of the
        // people holding it is meant: the listed person's other names count in full, not as names a query may leave out.
        // Initials of the given names make it more than the family.
        // A patronymic on both sides, paired with nothing on either, names another father: the listed one counts in full, not
        // as a patronymic a query may leave out ("Medvedev Vladimir Yevgenyevich" is not "Vladimir Anatolievich MEDVEDEV").
        var otherFather = listedIsPerson && HasUnpaired(q, usedQ, TokenRole.Patronymic) && HasUnpaired(c, usedC, TokenRole.Patronymic);

        var namesPaired = usedC & NamesOf(c);
        var lone = listedIsPerson && !HasInitial(q) && namesPaired != 0 && (NamesOf(c) & ~usedC) != 0 && !otherFamily
            && OneSideOnly(c, listed.FamilyMask, namesPaired, q, usedQ);
        for (var j = 0; j < c.Length; j++)
        {
            listedHasNumber |= c[j].Role == TokenRole.Number;
            if ((usedC & (1ul << j)) == 0)
            {
                unmatchedListed += !listedIsPerson ? UnmatchedWeight(c[j], listedWeights[j])
                    : (otherFamily && (listed.FamilyMask & (1ul << j)) != 0) || (lone && c[j].Role != TokenRole.Particle)
                        || (otherFather && c[j].Role == TokenRole.Patronymic) ? listedWeights[j]
                    : listedWeights[j] * UnmatchedListedFactor(c[j].Role);
                explain?.Add(new TokenMatch(null, c[j].Written, MatchMethod.Unmatched, 0, 0, null, Latin(c, j, -1)));
            }
        }

        if (distinctive <= 0 || !matchedNonInitial)
        {
            return 0f;
        }

        var coverQuery = matched / (matchedWeight + unmatchedQuery + initialQueryRest);
        // What an initial leaves unsaid of the listed name it stands for counts as unmatched: less when every name of the
        // listed person is paired, the query then giving the whole name with given names abbreviated ("R. A. KHAMIS").
        initialListedRest *= listedIsPerson && (NamesOf(c) & ~usedC) == 0 ? WholeNameInitialRest : 0.7f;
        var coverListed = matched / (matchedWeight + unmatchedListed + initialListedRest);
        var score = MathF.Pow(coverQuery, QueryExponent) * MathF.Pow(coverListed, ListedExponent);
        // A name matched only through common tokens, with more of its own left over, needs more than that to be a hit.
        if (onlyCommon && unmatchedListed > 0)
        {
            score *= 0.9f;
        }

        // A family name with nothing of the given names is the family, not yet the person, and the given names alone are
        // not the person either: neither alerts at the default threshold on its own. The given names with another family
        // name are another person of the same given names.
        if (lone)
        {
            score *= LoneFactor;
        }
        else if (otherFamily || queryFamilyUnpaired || queryGivenUnpaired || lastOther)
        {
            score *= 0.9f;
        }

        // One name against one name, spelt differently, has nothing else to confirm it: the spelling difference counts two and a
        // half times ("HAMDI" / "HAMID", "Rosa" / "REZA", "KHALAF" / "KHALIF" are other names more often than slips), so even one
        // vowel changed in a name of six letters stays below the default threshold. A name written in its own script against
        // its Latin spelling is not spelt otherwise: it cannot be spelt alike, and what it lacks is the script's, not a slip
        // (משה / Moshe), so its transliteration counts as it is.
        if (distinctivePairs == 1 && distinctiveSimilarity < 1f && !distinctiveAcross && DistinctiveCount(q) == 1 && BitOperations.PopCount(NamesOf(c)) == 1
            && !(!listedIsPerson && IsOrganisationName(query)))
        {
            score -= 1.5f * (1f - distinctiveSimilarity);
        }

        // The uncommon names of the pair spelt as other names the lists know, beside common names only ("Ahmed Farah" /
        // "AFRAAH, Ahmed", "Muhammad Salim" / "SALLUM, Muhammad"): the common names say little of who is meant, so the name that
        // does is as alone as in one name against one name, and its difference counts as much.
        if (distinctivePairs >= 2 && heaviestKnownSlip && !otherSure)
        {
            score -= 1.5f * (1f - heaviestSimilarity);
        }

        // One common name and nothing else on either side ("MUHAMMAD" / "MOHAMED") is shared by too many people to alert alone,
        // whether the lists make it common or it is one of the commonest given names of the variant table ("MAHMOOD" / "MAHMUD").
        if ((onlyCommon || onlyCommonNames) && pairs == 1 && unmatchedListed <= 0 && DistinctiveCount(q) == 1)
        {
            score *= 0.75f;
        }

        if (numberMissed && listedHasNumber)
        {
            score *= 0.6f;
        }

        return score;
    }

    // Whether a query token has two single pairings of the same similarity (edges sorted by similarity, then size).
    private static bool HasTiedToken(List<TokenEdge> edges)
    {
        for (var a = 0; a < edges.Count; a++)
        {
            for (var b = a + 1; b < edges.Count && edges[b].Similarity == edges[a].Similarity; b++)
            {
                if (edges[a].Query == edges[b].Query && edges[a].Query2 < 0 && edges[b].Query2 < 0 && edges[a].Listed2 < 0 && edges[b].Listed2 < 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Marks each single pairing whose query neighbour pairs with the listed token's neighbour on the same side (TokenEdge.InRun).
    private static void MarkRuns(List<TokenEdge> edges)
    {
        for (var a = 0; a < edges.Count; a++)
        {
            var e = edges[a];
            if (e.Query2 >= 0 || e.Listed2 >= 0)
            {
                continue;
            }

            foreach (var f in edges)
            {
                if (f.Query2 < 0 && f.Listed2 < 0 && Math.Abs(f.Query - e.Query) == 1 && f.Listed - e.Listed == f.Query - e.Query)
                {
                    edges[a] = e with { InRun = true };
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether the paired names are one side of the listed person's name only: with the family name known, the family or the
    /// given names alone; without it, one name for a one-name query, or a run that leaves out the first or the last name (a
    /// middle name left out is still the person), the query having no name of its own left unpaired.
    /// </summary>
    private static bool OneSideOnly(NameToken[] c, ulong familyMask, ulong namesPaired, NameToken[] q, uint usedQ)
    {
        if (familyMask != 0)
        {
            // The family name with later given names but not the first, the name the person goes by, is as much one side of
            // it as a run without the first name is below: where the father's name follows one's own, it names the father
            // ("MU'ZI HNEIDI" for "Sa'eed Mu'zi HNEIDI"). A title kept among the listed given names is no name
            // ("ASHRAF, Haji Muhammad"), and a family name with the patronymic alone is how Russian usage may name the person
            // ("PUTIN VLADIMIROVICH").
            var firstGiven = FirstGivenName(c, familyMask);
            return (namesPaired & ~familyMask) == 0
                || (((namesPaired & familyMask) == 0
                    || (firstGiven != 0 && (namesPaired & firstGiven) == 0 && (namesPaired & ~familyMask & NamesOf(c, withPatronymics: false)) != 0))
                    && !QueryHasUnpairedName(q, usedQ));
        }

        if (BitOperations.PopCount(namesPaired) == 1 && DistinctiveCount(q) == 1)
        {
            return true;
        }

        var names = NamesOf(c);
        var first = names & (~names + 1);
        var last = 1ul << (63 - BitOperations.LeadingZeroCount(names));
        return ((namesPaired & first) == 0 || (namesPaired & last) == 0) && !QueryHasUnpairedName(q, usedQ);
    }

    // The first of a person's given names (names outside the family name) that is not a title, as a mask; 0 when none.
    private static ulong FirstGivenName(NameToken[] c, ulong familyMask)
    {
        for (var j = 0; j < c.Length && j < 64; j++)
        {
            if ((familyMask & (1ul << j)) == 0 && c[j].Role is TokenRole.Name or TokenRole.Patronymic && !NameVocabulary.Honorifics.Contains(c[j].Text))
            {
                return 1ul << j;
            }
        }

        return 0;
    }

    // A query with a legal form or a generic organisation word ("JSC Interal", "Cybeinn PTE LTD") names an organisation: its one
    // distinctive word against an organisation's is a slip in that name, not one person's name for another's.
    private static bool IsOrganisationName(ParsedName query) =>
        query.LegalForms.Length > 0 || Array.Exists(query.Tokens, static t => t.Role == TokenRole.Generic);

    private static bool HasUnpaired(NameToken[] tokens, ulong used, TokenRole role)
    {
        for (var i = 0; i < tokens.Length && i < 64; i++)
        {
            if ((used & (1ul << i)) == 0 && tokens[i].Role == role)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the last name of a name (its last token, when that is a name of three letters or more) is left unpaired.
    private static bool LastNameUnpaired(NameToken[] tokens, ulong used)
    {
        var last = Math.Min(tokens.Length, 64) - 1;
        return tokens[last].Role == TokenRole.Name && tokens[last].Text.Length >= 3 && (used & (1ul << last)) == 0;
    }

    // Whether the name has given names (names of three letters or more outside its family name) and none of them is paired.
    private static bool GivenNamesUnpaired(NameToken[] q, ulong familyMask, uint usedQ)
    {
        var given = false;
        for (var i = 0; i < q.Length && i < 32; i++)
        {
            if ((familyMask & (1ul << i)) != 0 || q[i].Role != TokenRole.Name || q[i].Text.Length < 3)
            {
                continue;
            }

            if ((usedQ & (1u << i)) != 0)
            {
                return false;
            }

            given = true;
        }

        return given;
    }

    // A Latin word typed as it is, with no letters of a transliteration (diacritics), that names of the reference corpus hold.
    private static bool IsKnownLatinName(in NameToken t) =>
        !t.Unlisted && !t.Abjad && !t.OtherScript && System.Text.Ascii.EqualsIgnoreCase(t.Written, t.Text);

    private static bool HasInitial(NameToken[] q) => Array.Exists(q, static t => t.Role == TokenRole.Initial);

    // The person's names and patronymics, as a mask.
    private static ulong NamesOf(NameToken[] c) => NamesOf(c, withPatronymics: true);

    private static ulong NamesOf(NameToken[] c, bool withPatronymics)
    {
        ulong mask = 0;
        for (var j = 0; j < c.Length && j < 64; j++)
        {
            mask |= c[j].Role == TokenRole.Name || (withPatronymics && c[j].Role == TokenRole.Patronymic) ? 1ul << j : 0;
        }

        return mask;
    }

    /// <summary>
    /// Whether a name of one name (particles aside) is one word of a fuller name among <paramref name="names"/> (the same
    /// entity's): a family name listed alone as an alias ("AL-QADHAFI" beside "QADHAFI, Muammar"), one side of the person's name.
    /// A one-word name found in no fuller name is a nickname or a name the person goes by alone, and stands for the person.
    /// </summary>
    public static bool IsOneNameOf(ParsedName name, IEnumerable<(Lists.Model.EntityName Name, ParsedName Parsed)> names)
    {
        if (DistinctiveCount(name.Tokens) != 1)
        {
            return false;
        }

        var key = Array.Find(name.Tokens, static t => t.Role is TokenRole.Name or TokenRole.Patronymic).Key;
        foreach (var (_, other) in names)
        {
            if (DistinctiveCount(other.Tokens) > 1 && Array.Exists(other.Tokens, t => string.Equals(t.Key, key, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static int DistinctiveCount(NameToken[] q)
    {
        var n = 0;
        foreach (var t in q)
        {
            n += t.Role is TokenRole.Name or TokenRole.Patronymic ? 1 : 0;
        }

        return n;
    }

    private static bool QueryHasUnpairedName(NameToken[] q, uint usedQ)
    {
        for (var i = 0; i < q.Length; i++)
        {
            if ((usedQ & (1u << i)) == 0 && q[i].Role == TokenRole.Name && q[i].Text.Length >= 3)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Both names written without spaces ("alexandervyacheslavovichzakharov"), compared as one token.</summary>
    public static float CompactScore(ParsedName query, ParsedName listed)
    {
        if (!SameNumbers(query, listed))
        {
            return 0f;
        }

        // With as many tokens on both sides the token alignment is authoritative; spelling slack here would bypass it.
        var sameShape = query.Tokens.Length == listed.Tokens.Length;
        var score = Compare(query.Compact, listed.Compact, sameShape);
        if (!string.Equals(query.RawCompact, query.Compact, StringComparison.Ordinal)
            || !string.Equals(listed.RawCompact, listed.Compact, StringComparison.Ordinal))
        {
            score = Math.Max(score, Compare(query.RawCompact, listed.RawCompact, sameShape));
        }

        if (score == 0 && query.CompactSkeleton.Length >= 3 && query.HasAbjad
            && string.Equals(query.CompactSkeleton, listed.CompactSkeleton, StringComparison.Ordinal))
        {
            score = 0.9f;
        }

        return score;
    }

    private static float Compare(string a, string b, bool exactOnly)
    {
        if (a.Length < 6 || b.Length < 6)
        {
            return 0f;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 0.97f;
        }

        if (exactOnly)
        {
            return 0f;
        }

        // One edit at most (from eight letters): two names run together differ in their spacing, not in their spelling, and
        // one edit is what the index retrieves compact forms by (Index.CompactIndex).
        var longest = Math.Max(a.Length, b.Length);
        var allowed = Math.Min(1f, MathF.Floor(longest / 8f));
        if (allowed >= 1 && Math.Abs(a.Length - b.Length) <= allowed && LetterMask.MayBeWithin(LetterMask.Of(a), LetterMask.Of(b), allowed))
        {
            var d = EditDistance.Compute(a, b, allowed);
            if (d <= allowed)
            {
                return 0.95f - (0.5f * d / longest);
            }
        }

        return 0f;
    }

    private static bool SameNumbers(ParsedName query, ParsedName listed)
    {
        if (!query.HasNumber || !listed.HasNumber)
        {
            return true;
        }

        var queryNumbers = query.Tokens.Where(static t => t.Role == TokenRole.Number).Select(static t => t.Text);
        var listedNumbers = listed.Tokens.Where(static t => t.Role == TokenRole.Number).Select(static t => t.Text);
        return queryNumbers.SequenceEqual(listedNumbers);
    }

    /// <summary>Per listed token, the weight it adds to the listed coverage's denominator when it is left unpaired.</summary>
    public static float[] UnmatchedListedWeights(ParsedName listed, float[] weights, bool isPerson)
    {
        var c = listed.Tokens;
        var unmatched = new float[c.Length];
        for (var j = 0; j < c.Length; j++)
        {
            unmatched[j] = isPerson ? weights[j] * UnmatchedListedFactor(c[j].Role) : UnmatchedWeight(c[j], weights[j]);
        }

        return unmatched;
    }

    /// <summary>
    /// The listed name's unmatched weights (as the listed coverage counts them), heaviest first, summed: element k is the most
    /// that pairing k listed tokens can take off the unmatched side; the last element is the whole unmatched weight.
    /// </summary>
    public static float[] ListedUnmatchedPrefix(ParsedName listed, float[] weights, bool isPerson)
    {
        var c = listed.Tokens;
        var unmatched = UnmatchedListedWeights(listed, weights, isPerson);
        Array.Sort(unmatched, static (a, b) => b.CompareTo(a));
        var prefix = new float[c.Length + 1];
        for (var k = 1; k <= c.Length; k++)
        {
            prefix[k] = prefix[k - 1] + unmatched[k - 1];
        }

        return prefix;
    }

    // A generic word shared by two names says little, but one present on only one side tells "X Systems" from "X".
    public static float UnmatchedWeight(in NameToken token, float weight) => token.Role == TokenRole.Generic ? Math.Max(weight, 0.7f) : weight;

    private static float UnmatchedListedFactor(TokenRole role) => role switch
    {
        TokenRole.Patronymic => 0.25f,
        TokenRole.Name => 0.5f,
        TokenRole.Particle => 0f,
        _ => 1f,
    };

    private static void CollectEdges(NameToken[] q, NameToken[] c, List<TokenEdge> edges)
    {
        for (var i = 0; i < q.Length; i++)
        {
            for (var j = 0; j < c.Length; j++)
            {
                var sim = TokenSimilarity.Compare(q[i], c[j], out var how, out var edits);
                if (sim >= TokenSimilarity.MinPair)
                {
                    edges.Add(new TokenEdge(i, -1, j, -1, sim, how, edits));
                }
            }
        }

        // One token on one side written as two tokens of the other run together, in either order ("RADISLAVKRSTIC" for
        // "KRSTIC, Radislav"; "Al Qaida" for "ALQAIDA").
        for (var i = 0; i < q.Length; i++)
        {
            for (var j = 0; j < c.Length; j++)
            {
                if (!IsPrefix(c[j].Key, q[i].Key) && !IsPrefix(c[j].Text, q[i].Text))
                {
                    continue;
                }

                for (var k = 0; k < c.Length; k++)
                {
                    if (j != k && IsMerge(q[i], c[j], c[k]))
                    {
                        edges.Add(new TokenEdge(i, -1, j, k, 0.95f, MatchMethod.Merged, 0));
                    }
                }
            }
        }

        for (var j = 0; j < c.Length; j++)
        {
            for (var i = 0; i < q.Length; i++)
            {
                if (!IsPrefix(q[i].Key, c[j].Key))
                {
                    continue;
                }

                for (var k = 0; k < q.Length; k++)
                {
                    if (i != k && IsConcatenation(c[j].Key, q[i].Key, q[k].Key))
                    {
                        edges.Add(new TokenEdge(i, k, j, -1, 0.95f, MatchMethod.Merged, 0));
                    }
                }
            }
        }
    }

    /// <summary>The similarity of a listed Latin token that is an abjad query's two words written as one (<see cref="AbjadCompound"/>).</summary>
    public const float CompoundSimilarity = 0.9f;

    /// <summary>
    /// Whether listed token <paramref name="listed"/> is the words of <paramref name="compound"/> written as one Latin word: the
    /// same consonant skeleton, as a single abjad word is compared with its Latin spelling (<see cref="TokenSimilarity"/>).
    /// </summary>
    public static bool IsCompound(in AbjadCompound compound, in NameToken listed) =>
        !listed.Abjad && listed.Role == TokenRole.Name && Array.IndexOf(compound.Skeletons, listed.Skeleton) >= 0;

    /// <summary>
    /// The consonant skeleton of listed Latin tokens <paramref name="j"/> and <paramref name="k"/> written together, when they are
    /// two names in a row or with a particle between them (ABDUL GHAFAR, Abd Al-Karim); otherwise null.
    /// </summary>
    public static string? RunSkeleton(NameToken[] c, int j, int k)
    {
        if (k >= c.Length || !IsLatinName(c[j]) || !IsLatinName(c[k])
            || !(k == j + 1 || (k == j + 2 && c[j + 1].Role == TokenRole.Particle && !c[j + 1].Abjad)))
        {
            return null;
        }

        var joined = k == j + 1 ? string.Concat(c[j].Skeleton, c[k].Skeleton) : string.Concat(c[j].Skeleton, c[j + 1].Skeleton, c[k].Skeleton);
        return Transliteration.PhoneticKey.Collapse(joined);
    }

    /// <summary>
    /// Whether an abjad query word is a run of listed Latin names written as one (<see cref="RunSkeleton"/>): عبدالكريم is Abd
    /// Al-Karim, as عبد الكريم is ABDELKARIM (<see cref="AbjadCompound"/>).
    /// </summary>
    public static bool IsRunOf(in NameToken abjad, string? runSkeleton) =>
        runSkeleton is { Length: >= 3 } && abjad.Abjad && abjad.Role == TokenRole.Name
        && (string.Equals(abjad.Skeleton, runSkeleton, StringComparison.Ordinal) || Array.IndexOf(abjad.SkeletonAlternatives, runSkeleton) >= 0);

    private static bool IsLatinName(in NameToken t) => !t.Abjad && t.Role == TokenRole.Name;

    // Two abjad query words that a Latin listing writes as one word (عبد القادر / ABDELKADER): the article between them, a
    // particle, stays unpaired; and one abjad word that a Latin listing writes as two (عبدالكريم / Abd Al-Karim).
    private static void CollectCompoundEdges(NameToken[] q, AbjadCompound[] compounds, NameToken[] c, List<TokenEdge> edges)
    {
        // The listed runs' skeletons (two per first token: the next name, or the one after a particle), made once per listed
        // name for all abjad query words.
        string?[]? runs = null;
        for (var i = 0; i < q.Length; i++)
        {
            if (!q[i].Abjad || q[i].Role != TokenRole.Name)
            {
                continue;
            }

            if (runs is null)
            {
                runs = new string?[2 * c.Length];
                for (var j = 0; j + 1 < c.Length; j++)
                {
                    runs[2 * j] = RunSkeleton(c, j, j + 1);
                    runs[(2 * j) + 1] = RunSkeleton(c, j, j + 2);
                }
            }

            for (var j = 0; j + 1 < c.Length; j++)
            {
                for (var k = j + 1; k <= j + 2; k++)
                {
                    if (IsRunOf(q[i], runs[(2 * j) + (k - j - 1)]))
                    {
                        edges.Add(new TokenEdge(i, -1, j, k, CompoundSimilarity, MatchMethod.Merged, 0));
                    }
                }
            }
        }

        foreach (var compound in compounds)
        {
            for (var j = 0; j < c.Length; j++)
            {
                if (IsCompound(compound, c[j]))
                {
                    edges.Add(new TokenEdge(compound.First, compound.Second, j, -1, CompoundSimilarity, MatchMethod.Merged, 0));
                }
            }
        }
    }

    private static bool IsPrefix(string part, string whole) =>
        part.Length < whole.Length && part.Length > 0 && part[0] == whole[0] && whole.StartsWith(part, StringComparison.Ordinal);

    /// <summary>
    /// Whether token <paramref name="whole"/> is <paramref name="first"/> and <paramref name="second"/> run together: by their
    /// keys, or by their texts as typed. Keys folded one by one differ from the key of the words run together where a letter
    /// doubles or a digraph forms at the seam (saqr + rustom, ahmad + hamawi) and where a name maps to its canonical
    /// variant (Alexander, Mohammad): the texts run together are then the same letters.
    /// </summary>
    public static bool IsMerge(in NameToken whole, in NameToken first, in NameToken second) =>
        IsConcatenation(whole.Key, first.Key, second.Key) || IsConcatenation(whole.Text, first.Text, second.Text);

    public static bool IsConcatenation(string whole, string first, string second) =>
        whole.Length == first.Length + second.Length
        && whole.StartsWith(first, StringComparison.Ordinal)
        && whole.AsSpan(first.Length).SequenceEqual(second);

    private static string Join(NameToken[] tokens, int first, int second) =>
        second < 0 ? tokens[first].Written : string.Concat(tokens[first].Written, " ", tokens[second].Written);

    /// <summary>The Latin form compared, when a token was written in another script or with diacritics; otherwise null.</summary>
    private static string? Latin(NameToken[] tokens, int first, int second)
    {
        var any = !string.Equals(tokens[first].Written, tokens[first].Text, StringComparison.OrdinalIgnoreCase)
            || (second >= 0 && !string.Equals(tokens[second].Written, tokens[second].Text, StringComparison.OrdinalIgnoreCase));
        return !any ? null : second < 0 ? tokens[first].Text : string.Concat(tokens[first].Text, " ", tokens[second].Text);
    }
}
