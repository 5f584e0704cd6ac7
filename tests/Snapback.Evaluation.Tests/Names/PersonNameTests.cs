using Snapback.Evaluation.Names;
using Snapback.Lists.Model;

namespace Snapback.Evaluation.Tests.Names;

public sealed class PersonNameTests
{
    [Theory]
    [InlineData("KRSTIC, Radislav", null, null, "Radislav KRSTIC")]
    [InlineData("Andrey Andreevich ZADACHIN", "Andrey Andreevich", "ZADACHIN", "Andrey Andreevich ZADACHIN")]
    [InlineData("SADDAM HUSSEIN AL-TIKRITI", null, null, "SADDAM HUSSEIN AL-TIKRITI")]
    public void From_ListedName_PutsGivenNamesFirst(string full, string? given, string? family, string display)
    {
        var name = PersonName.From(new EntityName(full, NameType.Primary, Given: given, Family: family))!;
        Assert.Equal(display, name.Display);
    }

    [Fact]
    public void From_OneWord_HasNoGivenName()
    {
        var name = PersonName.From(new EntityName("MAKHLUF", NameType.Primary))!;
        Assert.Empty(name.Given);
        Assert.Equal(["MAKHLUF"], name.Family);
    }
}
