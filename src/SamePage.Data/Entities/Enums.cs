namespace SamePage.Data.Entities;

// Partner, deal and cost enums are the import rows' own (SamePage.Core.Actuals), stored by name.

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
