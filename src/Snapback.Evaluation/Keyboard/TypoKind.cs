namespace Snapback.Evaluation.Keyboard;

/// <summary>The four slips of a typist.</summary>
public enum TypoKind
{
    /// <summary>A neighbouring key struck instead of the right one.</summary>
    Substitute,

    /// <summary>A letter left out.</summary>
    Drop,

    /// <summary>A letter typed twice.</summary>
    Double,

    /// <summary>Two neighbouring letters typed in the wrong order.</summary>
    Transpose,
}
