using Snapback.Lists;
using Snapback.Lists.Model;

namespace Snapback.Lists.Tests.Model;

public sealed class EntityJsonTests
{
    [Fact]
    public void Deserialize_SerializedEntity_KeepsEveryField()
    {
        var entity = Person();

        var back = EntityJson.Deserialize(EntityJson.Serialize(entity));

        Assert.Equal(EntityJson.Serialize(entity), EntityJson.Serialize(back));
        Assert.Equal(entity.Names, back.Names);
        Assert.Equal(entity.Identifiers, back.Identifiers);
        Assert.Equal(entity.Vessel, back.Vessel);
        Assert.Equal(entity.ListedOn, back.ListedOn);
    }

    [Fact]
    public void Serialize_DerivedPrimaryName_IsNotWritten()
    {
        var json = EntityJson.Serialize(Person());

        Assert.DoesNotContain("primaryName", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Person\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_ReorderedCollections_IsTheSame()
    {
        var entity = Person();
        var reordered = entity with
        {
            Names = [entity.Names[0], entity.Names[2], entity.Names[1]],
            Identifiers = [entity.Identifiers[1], entity.Identifiers[0]],
            Programs = [entity.Programs[1], entity.Programs[0]],
            Addresses = [entity.Addresses[1], entity.Addresses[0]],
        };

        Assert.Equal(EntityJson.Hash(entity), EntityJson.Hash(reordered));
        Assert.Equal(64, EntityJson.Hash(entity).Length);
    }

    [Fact]
    public void Hash_ContentChange_Differs()
    {
        var entity = Person();

        Assert.NotEqual(EntityJson.Hash(entity), EntityJson.Hash(entity with { Remarks = "other" }));
        Assert.NotEqual(EntityJson.Hash(entity), EntityJson.Hash(entity with { Programs = ["SDGT"] }));
    }

    [Fact]
    public void Canonicalize_NewPrimaryName_KeepsItFirst()
    {
        var entity = Person();
        var swapped = entity with { Names = [entity.Names[2], entity.Names[0], entity.Names[1]] };

        Assert.Equal(entity.Names[2], EntityJson.Canonicalize(swapped).Names[0]);
        Assert.NotEqual(EntityJson.Hash(entity), EntityJson.Hash(swapped));
    }

    [Fact]
    public void Deserialize_JsonWithoutArrays_GivesEmptyArrays()
    {
        var entity = EntityJson.Deserialize("""{"id":"un:QDi.1","source":"un","kind":"Person"}""");

        Assert.Equal("un:QDi.1", entity.PrimaryName);
        Assert.True(entity.Names.IsEmpty);
        Assert.True(entity.Identifiers.IsEmpty);
        Assert.True(entity.LinkedTo.IsEmpty);
    }

    private static ListedEntity Person()
    {
        var builder = new ListedEntityBuilder("ofac:1", ListSources.OfacSdn, EntityKind.Person)
        {
            ListedOn = new DateOnly(2022, 2, 24),
            Remarks = "Linked To: X.",
            Vessel = new VesselDetails("Panama", "Tanker", null, "1000", null),
        };
        builder.AddName(new EntityName("DOE, John", NameType.Primary));
        builder.AddName(new EntityName("DOE, Johnny", NameType.StrongAlias));
        builder.AddName(new EntityName("Джон Доу", NameType.OriginalScript, "ru"));
        builder.Identifiers.Add(new Identifier(IdentifierType.Passport, "A123", "Panama"));
        builder.Identifiers.Add(new Identifier(IdentifierType.TaxId, "999"));
        builder.Programs.AddRange(["SDGT", "IRAN"]);
        builder.Addresses.Add(new Address("1 Main St", "Panama City", "Panama", "PA"));
        builder.Addresses.Add(new Address(null, "Colon", "Panama", "PA"));
        builder.BirthDates.Add(new BirthDate(1970, 1, 2));
        return builder.Build();
    }
}
