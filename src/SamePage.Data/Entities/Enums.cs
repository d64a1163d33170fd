namespace SamePage.Data.Entities;

public enum PartnerType
{
    Reseller,
    Var,
    Msp,
    Si,
    Distributor,
}

public enum DealType
{
    New,
    Upsell,
    Renewal,
    Recurring,
}

public enum DealStatus
{
    Won,
    Lost,
}

public enum CostCategory
{
    Certification,
    Training,
    Presales,
    Marketing,
    Other,
}

public enum MeasureStatus
{
    Idea,
    Planned,
    Running,
    Done,
    Dropped,
}

public enum ParticipantKind
{
    Person,
    Department,
}

public enum SurveyWaveStatus
{
    Draft,
    Open,
    Closed,
}
