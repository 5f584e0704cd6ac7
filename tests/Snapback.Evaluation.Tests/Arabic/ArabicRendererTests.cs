using Snapback.Evaluation.Arabic;

namespace Snapback.Evaluation.Tests.Arabic;

public sealed class ArabicRendererTests
{
    [Theory]
    [InlineData("Mohammed Abdul Rahman Al-Tikriti", "محمد عبد الرحمن التكريتي")]
    [InlineData("ABDULLAH YAHYA", "عبد الله يحيى")]
    [InlineData("Nuruddin", "نور الدين")]
    [InlineData("SA'ID bin HAMAD", "سعيد بن حمد")]
    [InlineData("Ayman al-Zawahiri", "أيمن الزواهري")]
    public void Render_ArabicNameInLatinLetters_WritesItInArabicScript(string latin, string arabic)
    {
        var parts = ArabicNameReader.FromLatin(latin);
        Assert.NotNull(parts);
        Assert.Equal(arabic, ArabicRenderer.Write(parts.Value, withoutHamzaSeats: false));
    }

    [Fact]
    public void Write_WithoutHamzaSeats_WritesPlainAlif() =>
        Assert.Equal("احمد اسامة", ArabicRenderer.Write(ArabicNameReader.FromLatin("Ahmed Osama")!.Value, withoutHamzaSeats: true));

    [Fact]
    public void Render_NameWithAnUnknownWord_IsNull() => Assert.Null(ArabicRenderer.Render("Mohammed SMITH", new Random(1)));
}
