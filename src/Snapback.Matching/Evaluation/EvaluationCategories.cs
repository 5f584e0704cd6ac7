namespace Snapback.Matching.Evaluation;

/// <summary>The categories of generated cases.</summary>
public static class EvaluationCategories
{
    public const string Exact = "exact";
    public const string Reorder = "reorder";
    public const string Typos = "typos";
    public const string Cyrillic = "transliteration_cyrillic";
    public const string Arabic = "transliteration_arabic";
    public const string NativeScript = "native_script";
    public const string LatinOfNative = "latin_of_native_script";
    public const string Initials = "initials";
    public const string MergedSplit = "merged_split";
    public const string DroppedMiddle = "dropped_middle_name";
    public const string Alias = "alias";
    public const string LegalForm = "org_legal_form";

    public const string NegativeSynthetic = "negative_synthetic_person";
    public const string NegativeSameGiven = "negative_shares_given_name";
    public const string NegativeSameFamily = "negative_shares_family_name";
    public const string NegativeCompany = "negative_common_company";
}
