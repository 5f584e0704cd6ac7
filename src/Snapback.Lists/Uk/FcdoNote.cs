namespace Snapback.Lists.Uk;

/// <summary>The UK Sanctions List fields the entity model has no place for, kept in the remarks in this order.</summary>
internal enum FcdoNote
{
    UnReferenceNumber,
    DesignationSource,
    SanctionsImposed,
    LastUpdated,
    Position,
    PassportDetails,
    NationalIdentifierDetails,
    TypeOfEntity,
    ParentCompany,
    Subsidiaries,
    PhoneNumber,
    PreviousOwnerOperator,
    PreviousFlags,
    LengthOfShip,
    YearBuilt,
    OtherInformation,
    StatementOfReasons,
}
