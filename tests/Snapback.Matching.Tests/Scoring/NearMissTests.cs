using Snapback.Matching.Tests.Support;

namespace Snapback.Matching.Tests.Scoring;

/// <summary>
/// Names that share part of a listed name, or one name spelt another way, without being the listed person: they stay below
/// the default threshold, while the whole name, or the same name with a slip, still alerts.
/// </summary>
public sealed class NearMissTests
{
    [Theory]
    // The given names alone, the family known from the comma.
    [InlineData("Tong Chol", "KIM, Tong-chol")]
    [InlineData("Won Ho", "RI, Won Ho")]
    [InlineData("Vladimir Vladimirovich", "PUTIN, Vladimir Vladimirovich")]
    // The family name alone, the family known from the comma or not known at all.
    [InlineData("GONZALEZ RODRIGUEZ", "Josafat Gonzalez-Rodriguez")]
    [InlineData("Rodriguez-Gutierrez", "Raul Rodriguez-Gutierrez")]
    [InlineData("ABDUL ZAHIR", "SHAMS UR-RAHMAN ABDUL ZAHIR")]
    // One name against one name spelt otherwise: nothing else confirms it.
    [InlineData("HAMDI", "HAMID")]
    [InlineData("Rosa", "REZA")]
    [InlineData("MAHMOOD", "MAHMUD")]
    [InlineData("KHALAF", "KHALIF")]
    public void Screen_OneSideOfANameOrOneNameSpeltOtherwise_DoesNotAlert(string query, string listed)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", listed)]);

        Assert.Empty(matcher.Screen(new ScreenQuery(query), MatchOptions.Default));
    }

    [Theory]
    [InlineData("Tong Chol KIM", "KIM, Tong-chol")]
    [InlineData("Josafat Gonzalez Rodriguez", "Josafat Gonzalez-Rodriguez")]
    [InlineData("SHAMS UR-RAHMAN ZAHIR", "SHAMS UR-RAHMAN ABDUL ZAHIR")]
    [InlineData("HAMID", "HAMID")]
    [InlineData("Radislav KRSTIC", "KRSTIC, Radislav")]
    [InlineData("Radislav KRSITC", "KRSTIC, Radislav")]
    public void Screen_WholeNameOrASlip_Alerts(string query, string listed)
    {
        var matcher = BruteForceMatcher.Build([Some.Person("p1", listed)]);

        Assert.Single(matcher.Screen(new ScreenQuery(query), MatchOptions.Default));
    }
}
