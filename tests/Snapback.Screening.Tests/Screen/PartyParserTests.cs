using Snapback.Lists.Model;
using Snapback.Screening.Screen;

namespace Snapback.Screening.Tests.Screen;

public sealed class PartyParserTests
{
    [Theory]
    [InlineData("passport", IdentifierType.Passport)]
    [InlineData("national_id", IdentifierType.NationalId)]
    [InlineData("National ID", IdentifierType.NationalId)]
    [InlineData("swift-bic", IdentifierType.SwiftBic)]
    [InlineData("IMO", IdentifierType.Imo)]
    [InlineData("digital_currency_address", IdentifierType.DigitalCurrencyAddress)]
    public void TryParse_IdentifierTypeInWireForm_IsRecognised(string type, IdentifierType expected)
    {
        var query = PartyParser.TryParse(new PartyRequest("1", "Some Name", Identifiers: [new PartyIdentifier(type, " 9187629 ")]), out var error);
        Assert.Null(error);
        var identifier = Assert.Single(query!.Identifiers);
        Assert.Equal(expected, identifier.Type);
        Assert.Equal("9187629", identifier.Value);
    }

    [Fact]
    public void TryParse_UnknownIdentifierType_ListsTheKnownOnes()
    {
        var query = PartyParser.TryParse(new PartyRequest("1", "Some Name", Identifiers: [new PartyIdentifier("shoe_size", "44")]), out var error);
        Assert.Null(query);
        Assert.StartsWith("identifiers: type 'shoe_size' is not one of passport, national_id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_CountryName_BecomesIsoCode()
    {
        var query = PartyParser.TryParse(new PartyRequest("1", "Some Name", Country: "Russian Federation"), out _);
        Assert.Equal("RU", query!.Country);
    }
}
