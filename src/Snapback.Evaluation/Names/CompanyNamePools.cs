using System.Collections.Immutable;

namespace Snapback.Evaluation.Names;

/// <summary>The words ordinary companies are named with: a distinctive word, what they do, and their legal form.</summary>
public static class CompanyNamePools
{
    public static ImmutableArray<string> Distinctive { get; } = Words(
        "Sunrise|Blue Ocean|Green Valley|Northern Star|Silver Line|Golden Gate|Pacific|Atlantic|Summit|Evergreen|Pioneer|Horizon|"
        + "Riverside|Lakeside|Maple|Oakwood|Crystal|Bright Future|Harbor|Cornerstone|Keystone|Redwood|Bluebird|Starlight|Meridian|"
        + "Highland|Sterling|Liberty|Heritage|Apex|Zenith|Nova|Orion|Phoenix|Falcon|Eagle|Lion|Cedar|Willow|Aurora|Vista|Granite|"
        + "Coastal|Alpine|Prairie|Metro|Urban|Royal|Crown|Premier|Unity|Harmony|Fusion|Vertex|Quantum|Sapphire|Emerald|Ruby|Amber");

    public static ImmutableArray<string> Activities { get; } = Words(
        "Trading|Consulting|Logistics|Shipping|Holdings|Solutions|Systems|Foods|Textiles|Furniture|Construction|Bakery|"
        + "Dental Clinic|Software|Travel Agency|Insurance|Media|Pharmacy|Motors|Engineering|Packaging|Printing|Catering|Cleaning|"
        + "Security|Realty|Farms|Dairy|Electronics|Healthcare|Education|Fashion|Design|Marketing|Fitness|Auto Parts|Plastics");

    public static ImmutableArray<string> LegalForms { get; } = Words(
        "LLC|Ltd|Limited|GmbH|Inc.|Corp.|Co.|S.A.|SARL|B.V.|AG|PLC|Pty Ltd|S.r.l.|Sp. z o.o.|A/S|AB|Oy|LLP|FZE|JSC|OOO");

    private static ImmutableArray<string> Words(string text) => [.. text.Split('|')];
}
