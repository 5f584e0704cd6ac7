namespace Snapback.Matching.Transliteration;

/// <summary>
/// Keys that make romanization variants of one name equal. <see cref="Romanized"/> keeps vowels and folds the spelling
/// choices of different transliteration systems (kh/h, y/j/i, w/v, ou/u, q/k, z/s, doubled letters);
/// <see cref="Skeleton"/> keeps only consonants, which is all an Arabic, Persian or Hebrew spelling carries.
/// </summary>
internal static class PhoneticKey
{
    public static string Romanized(string token) => Fold(token, 0, consonantJ: false);

    /// <summary>
    /// The consonant skeleton of a token as written in Latin letters or romanized from an abjad. A j stays a consonant here:
    /// it is the romanization of ج (Jalal, Jamil), which an abjad spelling writes, while the romanized key folds it with y and i.
    /// </summary>
    public static string SkeletonOf(string token) => Skeleton(Fold(token, 0, consonantJ: true));

    /// <summary>At most this many skeletons per abjad token: a long name with many letters of several spellings keeps the first ones.</summary>
    public const int MostSkeletons = 8;

    /// <summary>
    /// The consonant skeleton of a token written in an abjad (first), letter by letter: two letters never make one digraph of
    /// their romanizations (زاهد is z-h-d, not the "zh" of ژ; اسحاق is s-h-q, not "sh"). Then its skeletons with the other
    /// common Latin spellings of the letters that have several. The interdentals and emphatics have no letter of their own in Latin and are written
    /// with the nearest one, which differs by region and system: ذ dh, z or th (Zakir, Dhakir, Thakir); ظ z, dh or th (Zawahiri,
    /// Hafiz, Hafidh); ض d, dh or z (Fadl, Fazal, Ramazan); ث th, t or s (Uthman, Haitham, Haysam); ق q, k or g (Qasim, Kasim,
    /// Ghassem, Gaddafi), and ج j or g (Jamal, Gamal, Ragab). One skeleton cannot hold them all.
    /// </summary>
    public static string[] AbjadSkeletonsOf(string written, Func<string, string> romanize)
    {
        ArgumentNullException.ThrowIfNull(romanize);
        var pieces = new List<string[]>(written.Length);
        Span<char> one = stackalloc char[1];
        foreach (var c in written)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            one[0] = c;
            var letter = romanize(new string(one)).ToLowerInvariant();
            if (letter.Length > 0 && char.IsAsciiLetter(letter[0]))
            {
                var piece = Skeleton(Fold(letter, 0, consonantJ: true), dropFinalH: false);
                pieces.Add(OtherSpellings(c) is { } others ? [piece, .. others.Where(o => !string.Equals(o, piece, StringComparison.Ordinal))] : [piece]);
            }
        }

        var choice = new int[pieces.Count];
        var skeletons = new List<string>(1) { Join(pieces, choice) };
        while (skeletons.Count < MostSkeletons && Next(pieces, choice))
        {
            var skeleton = Join(pieces, choice);
            if (!skeletons.Contains(skeleton, StringComparer.Ordinal))
            {
                skeletons.Add(skeleton);
            }
        }

        return [.. skeletons];
    }

    // The other consonants (as skeletons write them) an abjad letter is commonly romanized with; see AbjadSkeletonsOf.
    private static string[]? OtherSpellings(char letter) => letter switch
    {
        '\u0630' or '\u0638' => ["d", "s", "t"],
        '\u0636' => ["d", "s"],
        '\u062B' => ["t", "s"],
        '\u0642' => ["k", "g"],
        '\u062C' => ["j", "g"],
        _ => null,
    };

    // Odometer over the letters' spellings, first letters first; false when every combination has been visited.
    private static bool Next(List<string[]> pieces, int[] choice)
    {
        for (var i = 0; i < choice.Length; i++)
        {
            if (choice[i] + 1 < pieces[i].Length)
            {
                choice[i]++;
                return true;
            }

            choice[i] = 0;
        }

        return false;
    }

    private static string Join(List<string[]> pieces, int[] choice)
    {
        var skeleton = new System.Text.StringBuilder(pieces.Count * 2);
        for (var i = 0; i < pieces.Count; i++)
        {
            skeleton.Append(pieces[i][choice[i]]);
        }

        var n = skeleton.Length;
        while (n > 1 && skeleton[n - 1] == 'h')
        {
            n--;
        }

        return Collapse(skeleton.ToString(0, n));
    }

    private static string Fold(string token, int depth, bool consonantJ)
    {
        if (token.Length == 0 || char.IsAsciiDigit(token[0]))
        {
            return token;
        }

        // First pass: letters that romanization systems use interchangeably.
        Span<char> folded = stackalloc char[(token.Length * 2) + 2];
        var f = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (k == 0 && token.Length > 2 && (c is 'y' or 'j') && token[1] == 'e')
            {
                continue; // Yevgeny, Jewgeni, Evgeny start the same way
            }

            switch (c)
            {
                case 'j' when consonantJ:
                    folded[f++] = 'j';
                    break;
                case 'y':
                case 'j':
                    folded[f++] = 'i';
                    break;
                case 'w':
                    folded[f++] = 'v';
                    break;
                case 'q':
                    folded[f++] = 'k';
                    break;
                case 'z':
                    folded[f++] = 's';
                    break;
                case 'x':
                    folded[f++] = 'k';
                    folded[f++] = 's';
                    break;
                default:
                    folded[f++] = c;
                    break;
            }
        }

        Span<char> buffer = stackalloc char[f + 1];
        var n = 0;
        var s = folded[..f];
        var i = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            switch (c)
            {
                case 'k' when next == 'h':
                case 'g' when next == 'h':
                case 'd' when next == 'h':
                case 't' when next == 'h':
                    buffer[n++] = c == 'k' ? 'h' : c;
                    i++;
                    continue;
                case 'p' when next == 'h':
                    buffer[n++] = 'f';
                    i++;
                    continue;
                case 's' when next == 'c' && i + 2 < s.Length && s[i + 2] == 'h':
                    buffer[n++] = 's';
                    buffer[n++] = 'h';
                    i += 2;
                    continue;
                case 'c' when next == 'k':
                    buffer[n++] = 'k';
                    i++;
                    continue;
                case 'c' when next is not ('h' or 'e' or 'i'):
                    buffer[n++] = 'k';
                    continue;
                case 'o' when next == 'u':
                case 'o' when next == 'o':
                    buffer[n++] = 'u';
                    i++;
                    continue;
                case 'e' when next is 'i' or 'e':
                case 'i' when next == 'e' && i + 2 < s.Length:
                    buffer[n++] = 'i';
                    i++;
                    continue;
                default:
                    buffer[n++] = c;
                    continue;
            }
        }

        // Script transliterations spell "гх", "тх" as "gkh", "tkh": fold the digraphs once more.
        var once = Collapse(buffer[..n]);
        return once.Contains('h', StringComparison.Ordinal) && !string.Equals(once, token, StringComparison.Ordinal) && depth == 0
            ? Fold(once, 1, consonantJ)
            : once;
    }

    /// <summary>
    /// Consonants only, with the letters abjad scripts use for long vowels (w, y) and a final h dropped, and the sibilant
    /// spellings (sh, ch, tsh, ts, zh) folded, since Arabic and Hebrew render them differently from Slavic romanizations.
    /// </summary>
    private static string Skeleton(string romanized, bool dropFinalH = true)
    {
        Span<char> buffer = stackalloc char[romanized.Length + 1];
        var n = 0;
        var s = romanized.AsSpan();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v')
            {
                continue;
            }

            if ((c == 't' && next == 's') || (c is 's' or 'c' && next == 'h'))
            {
                buffer[n++] = 's';
                i += c == 't' && i + 2 < s.Length && s[i + 2] == 'h' ? 2 : 1;
                continue;
            }

            buffer[n++] = c switch
            {
                'c' => 's',
                'p' => 'b',
                _ => c,
            };
        }

        while (dropFinalH && n > 1 && buffer[n - 1] == 'h')
        {
            n--;
        }

        return Collapse(buffer[..n]);
    }

    /// <summary>The letters with each run of one letter written once.</summary>
    public static string Collapse(ReadOnlySpan<char> span)
    {
        Span<char> buffer = stackalloc char[span.Length];
        var n = 0;
        foreach (var c in span)
        {
            if (n == 0 || buffer[n - 1] != c)
            {
                buffer[n++] = c;
            }
        }

        return new string(buffer[..n]);
    }
}
