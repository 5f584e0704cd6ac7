using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Names;

public sealed class LegalFormTests
{
    [Theory]
    [InlineData("OOO Gazprom", "Gazprom LLC")]
    [InlineData("ООО Газпром", "Limited Liability Company Gazprom")]
    [InlineData("PAO Sberbank", "Sberbank PJSC")]
    [InlineData("AO Kronshtadt", "JSC Kronshtadt")]
    [InlineData("ZAO Almaz", "Almaz CJSC")]
    [InlineData("Siemens GmbH", "Siemens Gesellschaft mit beschränkter Haftung")]
    [InlineData("Crystalord Ltd", "CRYSTALORD LIMITED")]
    [InlineData("Falcon FZE", "Falcon")]
    public void Screen_EquivalentOrMissingLegalForms_Match(string query, string listed) =>
        Assert.Single(Some.Screen(Some.Organisation("O1", listed), new ScreenQuery(query, Lists.Model.EntityKind.Organization)));

    [Theory]
    [InlineData("Belletech LLC", "Zincum LLC")]
    [InlineData("Caribbean Trading Limited", "Pacific Trading Limited")]
    [InlineData("Alpha International Group", "Omega International Group")]
    [InlineData("Crystalord Systems Limited", "Crystalord Ltd")]
    public void Screen_SharedLegalFormOrGenericWordsAlone_DoNotMatch(string query, string listed) =>
        Assert.Empty(Some.Screen(Some.Organisation("O1", listed), new ScreenQuery(query)));
}
