using System.Collections.Immutable;

namespace Snapback.Evaluation.Arabic;

/// <summary>One word of Arabic names with its vocalised romanisation and the Latin spellings it is seen under.</summary>
/// <param name="Arabic">The word in Arabic script, without the article.</param>
/// <param name="AlaLc">The ALA-LC romanisation (vowels known), capitalised: "Muḥammad", "ʻAlī".</param>
/// <param name="Spellings">Lower-case ASCII spellings in common use, the most common first.</param>
public sealed record ArabicNameWord(string Arabic, string AlaLc, ImmutableArray<string> Spellings)
{
    /// <summary>The most common Latin spelling, capitalised: "Mohammed".</summary>
    public string Common => char.ToUpperInvariant(Spellings[0][0]) + Spellings[0][1..];

    /// <summary>Whether the word ends in tāʾ marbūṭa (ة), which ALA-LC writes "ah" and DIN 31635 "a".</summary>
    public bool EndsInTaMarbuta => Arabic.EndsWith('ة');
}
