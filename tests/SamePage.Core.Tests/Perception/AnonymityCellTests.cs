using SamePage.Core.Perception;

namespace SamePage.Core.Tests.Perception;

public sealed class AnonymityCellTests
{
    [Fact]
    public void Every_non_empty_cell_must_meet_the_threshold_on_its_own()
    {
        var rule = new AnonymityRule(5);
        Assert.True(rule.MayShowCells([29, 5, 0], isAdmin: false));
        // 29 + 1 = 30 passes the total, but the 1 is the difference of two views.
        Assert.False(rule.MayShowCells([29, 1], isAdmin: false));
        Assert.True(rule.MayShowCells([29, 1], isAdmin: true));
    }

    [Fact]
    public void Questions_answered_by_fewer_than_the_threshold_lose_their_statistics_but_keep_their_count()
    {
        var report = new PerceptionReport(30,
            [new QuestionStatistics("nps", QuestionKind.Nps, 30, 8.1, 1.2, 7.7, 8.5), new QuestionStatistics("opt", QuestionKind.Relationship, 2, 4.5, 0.7, 3.8, 5.2)],
            null, new NpvSummary(1000, null, null), []);
        var shown = report.WithSmallQuestionsWithheld(5);
        Assert.Equal(8.1, shown.Questions[0].Mean);
        Assert.Equal(new QuestionStatistics("opt", QuestionKind.Relationship, 2, null, null, null, null), shown.Questions[1]);
    }
}
