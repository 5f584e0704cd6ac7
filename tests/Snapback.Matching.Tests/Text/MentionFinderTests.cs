using Snapback.Matching.Tests.Support;
using Snapback.Matching.Text;

namespace Snapback.Matching.Tests.Text;

/// <summary>Mentions of listed parties in running text, found on the bundled lists.</summary>
public sealed class MentionFinderTests(ITestOutputHelper output)
{
    private static MentionFinder Finder => MentionFinder.For(BundledLists.Index);

    private List<(string Text, string Entity)> Find(string text)
    {
        var mentions = Finder.Find(text, MatchOptions.Default);
        foreach (var m in mentions)
        {
            output.WriteLine($"[{m.Start},{m.End}) '{m.Text}' -> {m.Hit.Entity.Id} {m.Hit.MatchedName} {m.Hit.Score:0.000}");
        }

        return [.. mentions.Select(static m => (m.Text, m.Hit.MatchedName))];
    }

    [Theory]
    [InlineData("Sanctions on President Vladimir Putin's inner circle widened on Tuesday.", "Vladimir Putin")]
    [InlineData("Встреча Владимира Путина и министра прошла в Кремле.", "Владимира Путина")]
    [InlineData("The ministry said Sergei\nLavrov would attend the summit in Geneva.", "Sergei\nLavrov")]
    [InlineData("/BNF/VLADIMIR VLADIMIROVICH PUTIN\n/REMI/INVOICE 2291 CONSULTING FEES", "VLADIMIR VLADIMIROVICH PUTIN")]
    [InlineData("Reports named Mr Sergey Lavrov as the envoy.", "Sergey Lavrov")]
    [InlineData("Investigators traced the cargo to Kave, S.A., which had changed its name.", "Kave, S.A")]
    [InlineData("Bayan سلمان رؤوف سلمان said nothing.", "سلمان رؤوف سلمان")]
    [InlineData("Analysts linked the payment to Ayman al-Zawahiri and others.", "Ayman al-Zawahiri")]
    public void Find_ListedNameInText_GivesItsSpan(string text, string expected)
    {
        var found = Find(text);

        Assert.Contains(found, f => f.Text == expected);
    }

    [Theory]
    [InlineData("The bank in Moscow raised its rates; Vladimir said nothing.")]
    [InlineData("Mohammed and Ali met the trading company in Dubai on Monday.")]
    [InlineData("Банк в Москве повысил ключевую ставку. Цены на нефть выросли.")]
    [InlineData("Daniel Martín and Maria Santos signed the CONTRACT with Christian.")]
    [InlineData("Quarterly results beat expectations as oil prices rose and the central bank held rates.")]
    public void Find_CommonWordsAndFirstNames_FindNothing(string text)
    {
        Assert.Empty(Find(text));
    }

    [Fact]
    public void Find_ListOfNames_FindsEach()
    {
        var found = Find("The order names Vladimir Putin, Sergei Lavrov and Sergei Shoigu among others.");

        Assert.Contains(found, f => f.Text == "Vladimir Putin");
        Assert.Contains(found, f => f.Text == "Sergei Lavrov");
        Assert.Contains(found, f => f.Text == "Sergei Shoigu");
    }
}
