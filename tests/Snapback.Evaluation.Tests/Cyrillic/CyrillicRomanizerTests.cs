using Snapback.Evaluation.Cyrillic;

namespace Snapback.Evaluation.Tests.Cyrillic;

public sealed class CyrillicRomanizerTests
{
    // ISO 9:1995 table 1 (= GOST 7.79-2000 system A), and the standard's own examples.
    [Theory]
    [InlineData("Путин", "Putin")]
    [InlineData("Чайковский", "Čajkovskij")]
    [InlineData("Щукин", "Ŝukin")]
    [InlineData("Юрий Хрущёв", "Ûrij Hruŝëv")]
    [InlineData("ЯКОВЛЕВ", "ÂKOVLEV")]
    [InlineData("общество", "obŝestvo")]
    [InlineData("южный", "ûžnyj")]
    [InlineData("съезд", "sʺezd")]
    [InlineData("альбом", "alʹbom")]
    [InlineData("это", "èto")]
    [InlineData("Київ", "Kiïv")]
    public void Romanize_Iso9_FollowsTheStandard(string cyrillic, string latin) =>
        Assert.Equal(latin, CyrillicRomanizer.Romanize(cyrillic, CyrillicSystem.Iso9));

    // GOST 7.79-2000 system B, table 4: ц is c before i, e, y, j and cz elsewhere; ъ is ``, ы y`, э e`.
    [Theory]
    [InlineData("щит", "shhit")]
    [InlineData("центр", "centr")]
    [InlineData("цирк", "cirk")]
    [InlineData("цапля", "czaplya")]
    [InlineData("Куницын", "Kunicy`n")]
    [InlineData("Чайковский", "Chajkovskij")]
    [InlineData("Хрущёв", "Xrushhyov")]
    [InlineData("съезд", "s``ezd")]
    [InlineData("рыба", "ry`ba")]
    [InlineData("это", "e`to")]
    [InlineData("Їжак", "Yizhak")]
    public void Romanize_GostB_FollowsTheStandard(string cyrillic, string latin) =>
        Assert.Equal(latin, CyrillicRomanizer.Romanize(cyrillic, CyrillicSystem.Gost779B));

    // BGN/PCGN: ye and yë at the start of a word and after a vowel, й, ъ or ь; ’ for ь and ” for ъ.
    [Theory]
    [InlineData("Ельцин", "Yel’tsin")]
    [InlineData("Шереметьево", "Sheremet’yevo")]
    [InlineData("Горбачёв", "Gorbachëv")]
    [InlineData("Юрий Щукин", "Yuriy Shchukin")]
    [InlineData("Андреевич", "Andreyevich")]
    [InlineData("ВЛАДИМИР ПУТИН", "VLADIMIR PUTIN")]
    [InlineData("Київ", "Kyyiv")]
    [InlineData("Аляксандр Рыгоравіч Лукашэнка", "Alyaksandr Ryhoravich Lukashenka")]
    public void Romanize_BgnPcgn_FollowsTheSystem(string cyrillic, string latin) =>
        Assert.Equal(latin, CyrillicRomanizer.Romanize(cyrillic, CyrillicSystem.BgnPcgn));

    // ALA-LC: й ĭ, э ė, tie bars in t͡s, i͡u, i͡a, both letters capitalised under a tie bar.
    [Theory]
    [InlineData("Чайковский", "Chaĭkovskiĭ")]
    [InlineData("Юрий", "I͡Uriĭ")]
    [InlineData("Цветаева", "T͡Svetaeva")]
    [InlineData("Ильич", "Ilʹich")]
    [InlineData("Эдуард", "Ėduard")]
    [InlineData("Тарас Шевченко", "Taras Shevchenko")]
    [InlineData("Григорій", "Hryhoriĭ")]
    public void Romanize_LibraryOfCongress_FollowsTheTable(string cyrillic, string latin) =>
        Assert.Equal(latin, CyrillicRomanizer.Romanize(cyrillic, CyrillicSystem.LibraryOfCongress));

    [Fact]
    public void Romanize_LatinAndPunctuation_PassThrough() =>
        Assert.Equal("OOO \"Romashka\" 2", CyrillicRomanizer.Romanize("OOO \"Ромашка\" 2", CyrillicSystem.BgnPcgn));
}
