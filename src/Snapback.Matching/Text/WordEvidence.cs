namespace Snapback.Matching.Text;

/// <summary>
/// What the index says about one word of text: the form to screen (an inflected Russian word's base form when that pairs
/// better), and what the word can be in a name.
/// </summary>
/// <param name="Form">The word as it is screened.</param>
/// <param name="Base">An inflected word's base form that also pairs with a listed token, screened as a second reading; else null.</param>
/// <param name="Hit">It pairs with some listed token.</param>
/// <param name="Seed">It pairs closely with a distinctive listed token (a rare family or given name), so it can start a mention.</param>
/// <param name="Initial">A single letter.</param>
/// <param name="Particle">A connecting word (al, bin, de, and, of).</param>
/// <param name="Title">A title written before names (Mr, President, Sheikh).</param>
/// <param name="Legal">A word of a company's legal form (LLC, Limited, OOO).</param>
/// <param name="Pairs">The listed tokens (vocabulary indexes, ascending) it pairs with; null for an initial, which pairs with any
/// token of its letter; empty for particles, titles and legal-form words, which make no name.</param>
/// <param name="Alone">It is, nearly letter for letter, the whole of some listed name (HAMAS, a vessel), so it can be a mention by itself.</param>
internal readonly record struct WordEvidence(string Form, string? Base, bool Hit, bool Seed, bool Initial, bool Particle, bool Title, bool Legal, int[]? Pairs, bool Alone = false)
{
    /// <summary>Whether the word can be inside a mention at all.</summary>
    public bool NameLike => Hit || Initial || Particle || Title || Legal;
}
