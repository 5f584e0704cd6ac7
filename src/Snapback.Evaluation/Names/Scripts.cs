namespace Snapback.Evaluation.Names;

/// <summary>Tells which script a name is written in.</summary>
public static class Scripts
{
    /// <summary>The first non-Latin script among the letters of <paramref name="text"/>, or Latin if every letter is Latin.</summary>
    public static Script Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (char.IsLetter(c) && Classify(c) is var script && script != Script.Latin)
            {
                return script;
            }
        }

        return Script.Latin;
    }

    private static Script Classify(char c) => c switch
    {
        <= '\u024F' => Script.Latin,
        >= '\u1E00' and <= '\u1EFF' => Script.Latin,
        >= '\u0370' and <= '\u03FF' => Script.Greek,
        >= '\u1F00' and <= '\u1FFF' => Script.Greek,
        >= '\u0400' and <= '\u052F' => Script.Cyrillic,
        >= '\u0600' and <= '\u06FF' => Script.Arabic,
        >= '\u0750' and <= '\u077F' => Script.Arabic,
        >= '\uFB50' and <= '\uFEFF' => Script.Arabic,
        _ => Script.Other,
    };
}
