using Snapback.Lists.Model;

namespace Snapback.Lists.Tests.Support;

internal static class EntityAssert
{
    /// <summary>The same listing read from two publications or formats: kind, primary name, birth dates, programs and links agree.</summary>
    public static void SameCore(ListedEntity expected, ListedEntity actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.PrimaryName, actual.PrimaryName);
        Assert.Equal(expected.BirthDates.Order(), actual.BirthDates.Order());
        Assert.Equal(expected.Programs.Order(StringComparer.Ordinal), actual.Programs.Order(StringComparer.Ordinal));
        Assert.Equal(expected.LinkedTo.Order(StringComparer.Ordinal), actual.LinkedTo.Order(StringComparer.Ordinal));
    }
}
