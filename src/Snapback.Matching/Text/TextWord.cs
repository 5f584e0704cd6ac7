namespace Snapback.Matching.Text;

/// <summary>
/// One word of running text: its span, the word as it will be screened (<see cref="Form"/>: a possessive cut off, a word
/// hyphenated across a line break joined), whether punctuation separates it from the word before, and whether its line is
/// written in mixed case, where a name starts with a capital.
/// </summary>
internal readonly record struct TextWord(int Start, int End, string Form, bool BreakBefore, bool CasedLine)
{
    /// <summary>Whether the word may be part of a name: in a mixed-case line, it does not start with a lower-case letter.</summary>
    public bool Capitalised => !CasedLine || !char.IsLower(Form[0]);
}
