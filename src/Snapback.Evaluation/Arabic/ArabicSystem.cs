namespace Snapback.Evaluation.Arabic;

/// <summary>The usual ways of writing Arabic names in Latin letters.</summary>
public enum ArabicSystem
{
    /// <summary>ALA-LC (Library of Congress): macrons, dots below, kh/sh/th/dh/gh, ʻ for ʿayn, the article always "al-".</summary>
    AlaLc,

    /// <summary>DIN 31635: one letter per consonant (ḫ, š, ṯ, ḏ, ġ, ǧ), ʿ and ʾ, the article assimilated (ar-Raḥmān).</summary>
    Din31635,

    /// <summary>Common English practice, as on passports and in the press: no diacritics, familiar spellings (Abdul Rahman).</summary>
    CommonEnglish,
}
