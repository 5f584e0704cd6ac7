namespace Snapback.Matching.Names;

/// <summary>A name broken into tokens with keys, legal forms taken out, plus its compact forms for merged-token comparison.</summary>
internal sealed class ParsedName(string original, NameToken[] tokens, string[] legalForms, string compact, string rawCompact, string compactSkeleton, ulong familyMask = 0, AbjadCompound[]? compounds = null)
{
    /// <summary>
    /// The tokens known to be the family name, one bit per position: written before a comma ("KRSTIC, Radislav") or in
    /// upper case among mixed-case names ("Radislav KRSTIC").
    /// </summary>
    public ulong FamilyMask { get; } = familyMask;

    public string Original { get; } = original;

    public NameToken[] Tokens { get; } = tokens;

    /// <summary>Canonical legal-form codes found in the name (LLC, JSC, ...).</summary>
    public string[] LegalForms { get; } = legalForms;

    /// <summary>The tokens written without spaces, in order ("ramimakhlouf").</summary>
    public string Compact { get; } = compact;

    /// <summary>Every normalised token, legal forms and honorifics included, without spaces ("jscargument").</summary>
    public string RawCompact { get; } = rawCompact;

    public string CompactSkeleton { get; } = compactSkeleton;

    /// <summary>Words written in an abjad script that Latin spellings write as one word (<see cref="AbjadCompound"/>).</summary>
    public AbjadCompound[] Compounds { get; } = compounds ?? [];

    public bool IsEmpty => Tokens.Length == 0;

    /// <summary>Whether any token is a number (vessel and unit names: "Snow Storm 2").</summary>
    public bool HasNumber { get; } = Array.Exists(tokens, static t => t.Role == TokenRole.Number);

    public bool HasAbjad { get; } = Array.Exists(tokens, static t => t.Abjad);

    public uint CompactLetters { get; } = LetterMask.Of(compact);
}
