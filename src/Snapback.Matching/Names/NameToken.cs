namespace Snapback.Matching.Names;

/// <summary>
/// One token of a parsed name with its precomputed comparison keys: <see cref="Text"/> as normalised,
/// <see cref="Key"/> the romanization-folded form mapped through the name-variant table, <see cref="Skeleton"/> its consonants,
/// <see cref="Written"/> the token as written (for explanations), <see cref="OtherScript"/> whether it was written in a script
/// other than Latin.
/// </summary>
internal readonly record struct NameToken(string Text, string Key, string Skeleton, TokenRole Role, bool Abjad, string Written, bool OtherScript)
{
    /// <summary>Which letters and digits the key holds, one bit each: a cheap lower bound on edit distance.</summary>
    public uint KeyLetters { get; } = LetterMask.Of(Key);

    public uint TextLetters { get; } = LetterMask.Of(Text);

    private readonly string[]? skeletonAlternatives;

    /// <summary>
    /// For a token written in an abjad, its consonant skeletons with the other common Latin spellings of letters that have
    /// several (<see cref="Transliteration.PhoneticKey.AbjadSkeletonsOf"/>); empty otherwise.
    /// </summary>
    public string[] SkeletonAlternatives
    {
        get => skeletonAlternatives ?? [];
        init => skeletonAlternatives = value;
    }

    /// <summary>
    /// Whether no name of the matcher's reference corpus holds this Latin token's key (<see cref="TokenFrequencyTable"/>): a
    /// word no listed name holds. Set for Latin words only; an abjad word is read by its consonants.
    /// </summary>
    public bool Unlisted { get; init; }

    /// <summary>How much the role lets this token count, before document frequency.</summary>
    public float RoleWeight => Role switch
    {
        TokenRole.Particle => 0.1f,
        TokenRole.Generic => 0.35f,
        TokenRole.Initial => 0.3f,
        TokenRole.Patronymic => 0.8f,
        _ => 1f,
    };
}
