namespace Snapback.Matching.Index;

/// <summary>
/// One occurrence of a listed token, with what a screen reads of it side by side: where it is (name index ×
/// <see cref="TokenVocabulary.MaxListedTokens"/> + position), its weight in that name, and what it adds to that name's
/// unmatched weight when it is left unpaired.
/// </summary>
internal readonly record struct Posting(int Occurrence, float Weight, float Unpaired)
{
    /// <summary>The name holding the occurrence.</summary>
    public int Name => (int)((uint)Occurrence / TokenVocabulary.MaxListedTokens);

    /// <summary>The token's position in the name.</summary>
    public int Position => (int)((uint)Occurrence % TokenVocabulary.MaxListedTokens);
}
