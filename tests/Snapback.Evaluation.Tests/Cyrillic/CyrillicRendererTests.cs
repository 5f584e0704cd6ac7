using Snapback.Evaluation.Cyrillic;

namespace Snapback.Evaluation.Tests.Cyrillic;

public sealed class CyrillicRendererTests
{
    [Theory]
    [InlineData("Sergey CHEMEZOV", "Сергей ЧЕМЕЗОВ")]
    [InlineData("Yuriy Kovalchuk", "Юрий Ковалчук")]
    [InlineData("Vyacheslav Volodin", "Вячеслав Володин")]
    [InlineData("Ramzan Kadyrov", "Рамзан Кадыров")]
    [InlineData("Andrei Belykh", "Андрей Белых")]
    [InlineData("Dmitry Vasilyev", "Дмитрий Васильев")]
    [InlineData("Yelena Shchukina", "Елена Щукина")]
    [InlineData("Alexei Zhukov", "Алексей Жуков")]
    [InlineData("Jamal Hassan", "Джамал Хассан")]
    [InlineData("Il'ich", "Ильич")]
    public void Render_LatinName_WritesItAsARussianDocumentWould(string latin, string cyrillic) =>
        Assert.Equal(cyrillic, CyrillicRenderer.Render(latin));

    [Fact]
    public void Render_ThenBgnPcgn_GivesTheNameBack()
    {
        var cyrillic = CyrillicRenderer.Render("Vyacheslav Volodin");
        Assert.Equal("Vyacheslav Volodin", CyrillicRomanizer.Romanize(cyrillic, CyrillicSystem.BgnPcgn));
    }
}
