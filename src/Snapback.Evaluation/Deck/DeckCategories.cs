using System.Collections.Immutable;

namespace Snapback.Evaluation.Deck;

/// <summary>Every category of the deck, in report order.</summary>
public static class DeckCategories
{
    public static DeckCategory TypoOneEdit { get; } = Positive("typo_one_edit", "one keyboard slip in a word of 4+ letters");

    public static DeckCategory TypoTwoEditsOneWord { get; } = Positive("typo_two_edits_one_word", "two slips in one word of 6+ letters");

    public static DeckCategory TypoOneEditTwoWords { get; } = Positive("typo_one_edit_in_two_words", "one slip in each of two words");

    public static DeckCategory Reorder { get; } = Positive("reorder", "family name first, with or without a comma, or shuffled");

    public static DeckCategory Case { get; } = Positive("case", "upper, lower or title case");

    public static DeckCategory NoPunctuation { get; } = Positive("no_punctuation", "hyphens, apostrophes, dots, quotes left out");

    public static DeckCategory Initials { get; } = Positive("initials", "given names as initials");

    public static DeckCategory DroppedMiddleName { get; } = Positive("dropped_middle_name", "a middle word left out");

    public static DeckCategory MergedMixedCase { get; } = Positive("merged_mixed_case", "given and family name as one: RadislavKRSTIC");

    public static DeckCategory MergedOneCase { get; } = Positive("merged_one_case", "given and family name as one word: RADISLAVKRSTIC");

    public static DeckCategory SplitWord { get; } = Positive("split_word", "a long word split in two");

    public static DeckCategory LegalFormMisspelt { get; } = Positive("legal_form_misspelt", "a legal-form word misspelt: LMITED");

    public static DeckCategory CyrillicNative { get; } = CrossScript("cyrillic_native", "the listed Cyrillic name, itself taken out");

    public static DeckCategory CyrillicRomanised { get; } =
        CrossScript("cyrillic_romanised", "the listed Cyrillic name by ISO 9, GOST 7.79 B, BGN/PCGN or ALA-LC, Cyrillic taken out");

    public static DeckCategory CyrillicRendered { get; } = CrossScript("cyrillic_rendered", "a Latin listed name written in Cyrillic");

    public static DeckCategory ArabicNative { get; } = CrossScript("arabic_native", "the listed Arabic-script name, itself taken out");

    public static DeckCategory ArabicRomanised { get; } =
        CrossScript("arabic_romanised", "the listed Arabic name by ALA-LC, DIN 31635 or common English, Arabic taken out");

    public static DeckCategory ArabicRendered { get; } = CrossScript("arabic_rendered", "a Latin listed Arabic name in Arabic script");

    public static DeckCategory GreekNative { get; } = CrossScript("greek_native", "the listed Greek name, itself taken out");

    public static DeckCategory SyntheticPerson { get; } = Negative("negative_synthetic_person", "common given and family names");

    public static DeckCategory GivenNamesOtherFamily { get; } =
        Negative("negative_given_names_other_family", "a listed person's given names with another listed family name");

    public static DeckCategory FamilyNameAlone { get; } = Negative("negative_family_name_alone", "a listed person's family name alone");

    public static DeckCategory CommonCompany { get; } = Negative("negative_common_company", "ordinary company names");

    public static DeckCategory CyrillicPerson { get; } = Negative("negative_cyrillic_person", "Russian names in Cyrillic, on no list");

    public static DeckCategory ArabicPerson { get; } = Negative("negative_arabic_person", "Arabic names in Arabic script, on no list");

    /// <summary>Every category, positives first.</summary>
    public static ImmutableArray<DeckCategory> All { get; } =
    [
        TypoOneEdit, TypoTwoEditsOneWord, TypoOneEditTwoWords, Reorder, Case, NoPunctuation, Initials, DroppedMiddleName,
        MergedMixedCase, MergedOneCase, SplitWord, LegalFormMisspelt, CyrillicNative, CyrillicRomanised, CyrillicRendered,
        ArabicNative, ArabicRomanised, ArabicRendered, GreekNative, SyntheticPerson, GivenNamesOtherFamily, FamilyNameAlone,
        CommonCompany, CyrillicPerson, ArabicPerson,
    ];

    private static DeckCategory Positive(string name, string description) => new(name, true, false, description);

    private static DeckCategory CrossScript(string name, string description) => new(name, true, true, description);

    private static DeckCategory Negative(string name, string description) => new(name, false, false, description);
}
