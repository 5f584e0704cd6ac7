namespace Snapback.Matching.Names;

/// <summary>
/// Two words of a name written in an abjad script that Latin spellings often write as one word: a word and its article-joined
/// complement (عبد القادر Abdelkader, صلاح الدين Salaheddine, أبو القاسم Abulqasim), a word and الله (عبد الله Abdallah, نصر الله
/// Nasrallah), or أبو and a name (أبو بكر Abubakar). <see cref="First"/> and <see cref="Second"/> are their token positions
/// (the article between them, if any, is its own token); <see cref="Skeletons"/> the consonant skeletons of the words written
/// together, with the article's l and, before a sun letter, also without it (Abdurrahman, Nureddin).
/// </summary>
internal readonly record struct AbjadCompound(int First, int Second, string[] Skeletons);
