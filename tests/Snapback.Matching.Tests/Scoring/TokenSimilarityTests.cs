using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Scoring;

/// <summary>Pairs of names that look alike once romanized or reduced to consonants, and whether they stay apart.</summary>
public sealed class TokenSimilarityTests
{
    [Theory]
    // Both in Arabic script: the long vowels that the romanization loses still tell Ahmad from Hamid.
    [InlineData("محمد أحمد العطار", "حسين محمد طاهر حامد")]
    [InlineData("ابراهيم حسن النجار", "نور برزان إبراهيم حسن التكريتي")]
    // An Arabic ج is a consonant: Jalal is not Ali.
    [InlineData("عمر جلال بدوي", "ALI, Abid")]
    // A one-letter family name before the comma is a name: another family name does not stand for it.
    [InlineData("Kuk-Ryol OGLOBLINA", "O, Kuk-Ryol")]
    // A final ya is a vowel every Latin spelling writes: حسيني is Husseini, not Hassan.
    [InlineData("علي حسيني", "HASSAN, Ali")]
    // The query's own family name paired with nothing is another family.
    [InlineData("Maria Elena GARCIA", "ELENA, Maria")]
    // A family name alone, its first word also a given name of the person: the run of the query's words in the listed name decides.
    [InlineData("HAMID NOORI", "Hamid Karim HAMID NOORI")]
    // No family known on either side, and the last names of both unpaired: two families.
    [InlineData("SAMI EZAT SAMI MANSOUR", "SAMI EZAT SAMI SALEH")]
    // Three vowels changed in one word: another name.
    [InlineData("Olga KOROLEVA", "KIRILLOVA, Olga")]
    // The query's given name unpaired, its family name holding the listed given name: another member of the family.
    [InlineData("Omar SAID HAMDAN", "HAMDAN, Said")]
    // The family name with a later given name but not the first: the father, where his name follows one's own.
    [InlineData("Karim HADDAD", "HADDAD, Yusuf Karim")]
    // An initial waw is a consonant: وائل is Wael, not Ali.
    [InlineData("وائل حسن", "Ali HASSAN")]
    // The uncommon name spelt as another known name beside a common one.
    [InlineData("Mohammed SALIM", "SALUM, Mohammed")]
    public void Screen_NamesAlikeOnlyWhenRomanized_DoNotAlert(string query, string listed)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", listed)]);

        Assert.Empty(matcher.Screen(new ScreenQuery(query), MatchOptions.Default));
    }

    [Theory]
    // ذ and ظ are written z in Latin as often as dh, ض z as often as d, ق g as often as q.
    [InlineData("ذاكر نظري", "Zakir NAZARI")]
    [InlineData("قاسم فضلي", "Ghasem FAZLI")]
    // A word-initial ain is a vowel: عمر is Umar, not a title, and عبد is Abd.
    [InlineData("عمر عبد الكريم", "Umar ABDUL KARIM")]
    // A short name with a vowel, its first or its last letter left out.
    [InlineData("Glb Sergeevich PETROV", "Gleb Sergeevich PETROV")]
    [InlineData("Oleg SON", "SONG, Oleg")]
    // Two slips in a word of seven letters, one a swap, whether or not they keep its length.
    [InlineData("Ilsmaic Relief Agency", "Islamic Relief Agency")]
    [InlineData("Ibrhmi Khalil HADDAD", "HADDAD, Ibrahim Khalil")]
    // Two letters mistyped in a word of seven letters that no listed name holds.
    [InlineData("Nabil Georges KASDOUG", "KASSOUF, Nabil Georges")]
    // A word no listed name holds with one letter changed or left out, wherever it is: a slip, not another name.
    [InlineData("Famir HADDAD", "HADDAD, Samir")]
    [InlineData("Tmar Khalil HADDAD", "HADDAD, Omar Khalil")]
    // The carons and circumflexes of scientific transliteration spell two letters.
    [InlineData("Vâčeslav Ûrʹevič KOVALËV", "Vyacheslav Yuryevich KOVALEV")]
    // Two Arabic words that Latin spellings write as one: with the article (assimilated before a sun letter), with الله, after أبو.
    [InlineData("عبد القادر محمد", "ABDELKADER, Mohammed")]
    [InlineData("عبد الرحمن خالد", "Khalid ABDURRAHMAN")]
    [InlineData("نصر الله حسن", "Hassan NASRALLAH")]
    [InlineData("أبو بكر البغدادي", "Abubakar AL-BAGHDADI")]
    // Two words run together where a letter doubles or a digraph forms at the seam, or a name has a canonical variant.
    [InlineData("SAMIRRASHID", "RASHID, Samir")]
    [InlineData("ALEXANDERZAKHARCHENKO", "ZAKHARCHENKO, Alexander")]
    // Given names cut to initials, every name of the person paired.
    [InlineData("R. A. KHAMIS", "Rida Ali KHAMIS")]
    // A word of two Arabic letters, one consonant and a long vowel or h, against a Latin spelling of four.
    [InlineData("طه خالد حسن", "Taha Khalid HASSAN")]
    // A one-word name in its own script against its one-word Latin listing.
    [InlineData("משה", "Moshe")]
    public void Screen_OtherSpellingOrSlip_AlertsByIndexAsByBruteForce(string query, string listed)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", listed)]);

        Assert.Single(matcher.Screen(new ScreenQuery(query), MatchOptions.Default));
        Assert.Single(Some.Screen(Some.Person("p1", listed), new ScreenQuery(query)));
    }

    [Theory]
    // A consonant left out inside a short word makes another name; so does a vowel changed with a letter added in seven letters.
    [InlineData("Ali MANSOUR", "MANSOUR, Alfi")]
    [InlineData("Katrin MAIER", "MAIER, Katrani")]
    public void Screen_ShortNameAnotherLetter_DoesNotAlert(string query, string listed)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", listed)]);

        Assert.Empty(matcher.Screen(new ScreenQuery(query), MatchOptions.Default));
    }

    [Fact]
    public void Screen_OneNameThatIsAWordOfTheFullerName_DoesNotAlertButANickname_Does()
    {
        var person = Some.Person("p1", "QADHAFI, Muammar Abu Minyar", "AL-QADHAFI", "GUARDIAN");

        Assert.Empty(BruteForceMatcher.Build([person]).Screen(new ScreenQuery("QADHAFI"), MatchOptions.Default));
        Assert.Empty(Some.Screen(person, new ScreenQuery("QADHAFI")));
        Assert.Single(Some.Screen(person, new ScreenQuery("GUARDIAN")));
    }

    [Fact]
    public void Screen_OneWordPrimaryNameWithAFullerAlias_Alerts()
    {
        // The list names the person by the one word: screening that word is screening the listed name as written.
        var person = Some.Person("p1", "SHAMSUDDIN", "Pahlawan SHAMSUDDIN");

        var hit = Assert.Single(Some.Screen(person, new ScreenQuery("SHAMSUDDIN")));
        Assert.Equal(1.0, hit.Score, 3);
        Assert.Single(BruteForceMatcher.Build([person]).Screen(new ScreenQuery("Shamsuddin"), MatchOptions.Default));
    }

    [Theory]
    [InlineData("محمد أحمد", "أحمد محمد")]
    [InlineData("جمال", "جمال")]
    [InlineData("جمال", "Jamal")]
    [InlineData("O, Kuk-Ryol", "O, Kuk-Ryol")]
    [InlineData("O Kuk-Ryol", "O, Kuk-Ryol")]
    [InlineData("Kuk-Ryol O", "O, Kuk-Ryol")]
    public void Screen_SameNameInEitherForm_Alerts(string query, string listed)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", listed)]);

        Assert.Single(matcher.Screen(new ScreenQuery(query), MatchOptions.Default));
    }

    [Theory]
    // ز then ه is z-h, not the ژ that a Latin "zh" spells.
    [InlineData("محمد زاهد", "Mohammad ZAHID", "Mohammad SAYED")]
    [InlineData("زاهد", "ZAHID", "SAYED")]
    public void Screen_AbjadLettersNeverMakeOneDigraph_RanksTheirLatinSpellingFirst(string query, string spelling, string other)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("other", other), Some.Person("spelling", spelling)]);

        var hits = matcher.Screen(new ScreenQuery(query), MatchOptions.Default with { Threshold = 0.5 });

        Assert.NotEmpty(hits);
        Assert.Equal("spelling", hits[0].Entity.Id);
        if (hits.Count > 1)
        {
            Assert.True(hits[1].Score < hits[0].Score, $"{hits[1].Entity.Id} scores {hits[1].Score} as well");
        }
    }
}
