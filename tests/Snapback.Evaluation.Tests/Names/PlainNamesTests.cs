using Snapback.Evaluation.Names;

namespace Snapback.Evaluation.Tests.Names;

public sealed class PlainNamesTests
{
    [Theory]
    [InlineData("PUTIN, Vladimir", "vladimir putin")]
    [InlineData("José  GARCÍA", "jose garcia")]
    [InlineData("SA'ID Al-Qahtani", "al qahtani said")]
    [InlineData("ʻAlī", "ali")]
    public void Key_SameNameWrittenDifferently_IsTheSame(string a, string b) => Assert.Equal(PlainNames.Key(a), PlainNames.Key(b));

    [Fact]
    public void Key_SpellingVariant_IsNotTheSame() => Assert.NotEqual(PlainNames.Key("Sergei Ivanov"), PlainNames.Key("Sergey Ivanov"));
}
