package org.quoteexplorer.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;

/**
 * Each sieve on invented articles: who is found, by which rule, on what evidence. "¶" starts a
 * paragraph; the first line of every article is its headline.
 */
class AttributionSievesTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', nullValues = "-", textBlock = """
            # article                                                                                          | quote                     | speaker       | origin                      | mention                                 | cue
            Port news¶“The bridge will reopen in May,” said Lina Ostrova.                                      | reopen in May             | Lina Ostrova  | rule:quote-cue-speaker      | Lina Ostrova                            | said
            Port news¶“The bridge will reopen in May,” Ostrova said.                                           | reopen in May             | Ostrova       | rule:quote-speaker-cue      | Ostrova                                 | said
            Port news¶“The talks were useful,” Harbour Authority spokesman Tomas Vell told reporters.          | talks were useful         | Tomas Vell    | rule:quote-speaker-cue      | Harbour Authority spokesman Tomas Vell  | told reporters
            Port news¶“The talks were useful,” Vell, the authority’s chief negotiator, insisted on Monday.     | talks were useful         | Vell          | rule:quote-speaker-cue      | Vell                                    | insisted
            Port news¶Tomas Vell said: “The talks were useful.”                                                | talks were useful         | Tomas Vell    | rule:speaker-cue-quote      | Tomas Vell                              | said
            Port news¶Ivo Brandt was arrested on Monday.¶“We are shocked,” Brandt’s wife said.              | We are shocked            | Brandt’s wife | rule:quote-speaker-cue      | Brandt’s wife                           | said
            Port news¶The talks ended early.¶Ana Kiril told Ivo Brandt: “We will not sign.”               | will not sign             | Ana Kiril     | rule:colon-introduction     | Ana Kiril                               | :
            Port news¶Ivo Brandt was hurt in the crash.¶“He is lucky to be alive,” said Brandt’s wife.     | lucky to be alive         | Brandt’s wife | rule:quote-cue-speaker      | Brandt’s wife                           | said
            Port news¶“The results surprised us,” said Varna University’s lead researcher, Dr. Ana Kiril.  | results surprised us      | Ana Kiril     | rule:quote-cue-speaker      | Dr. Ana Kiril                           | said
            Port news¶“This is only the beginning,” said the company’s founder and chief executive, Ana Kiril. | only the beginning   | Ana Kiril     | rule:quote-cue-speaker      | Ana Kiril                               | said
            Port news¶“The river is still rising,” said the mayor of Dunmore, Lake County.                 | still rising              | the mayor of Dunmore | rule:quote-cue-speaker | the mayor of Dunmore                | said
            Port news¶“The state will rebuild every house,” the president said.¶“I met mothers who lost everything,” the first lady told reporters. | I met mothers | the first lady | rule:quote-speaker-cue | the first lady | told reporters
            Port news¶“Nobody will intimidate us,” the Varna news agency quoted President Ivo Brandt as saying. | Nobody will intimidate | Ivo Brandt | rule:sentence-cue   | President Ivo Brandt                    | saying
            Port news¶Varpress quoted a diplomatic source as saying that a meeting was “likely in March.”   | likely in March           | a diplomatic source | rule:sentence-cue     | a diplomatic source                     | saying
            Port news¶Varpress quoted Pak Min-jun, a senior party official, as saying the drills were “legal.” | legal                   | Pak Min-jun   | rule:sentence-cue           | Pak Min-jun                             | saying
            Port news¶“We are ready,” the agency quoted Pak Min-jun, the defence minister, as saying.        | We are ready              | Pak Min-jun   | rule:sentence-cue           | Pak Min-jun                             | saying
            Port news¶Ivo Brandt was arrested on Monday.¶“We are shocked,” Ivo Brandt’s elder brother said. | We are shocked           | Ivo Brandt’s elder brother | rule:quote-speaker-cue | Ivo Brandt’s elder brother  | said
            Port news¶“The talks were useful,” said the authority’s chief negotiator, Tomas Vell.              | talks were useful         | Tomas Vell    | rule:quote-cue-speaker      | Tomas Vell                              | said
            Port news¶“The talks were useful,” said the authority’s chief negotiator, Tomas Vell, and left.    | talks were useful         | Tomas Vell    | rule:quote-cue-speaker      | Tomas Vell                              | said
            Port news¶“The talks were useful,” said the authority’s chief negotiator, Tomas Vell and Ana Kiril’s deputy. | talks were useful | the authority’s chief negotiator | rule:quote-cue-speaker | the authority’s chief negotiator | said
            Port news¶Tomas Vell warned that “the season is lost.”                                             | season is lost            | Tomas Vell    | rule:speaker-cue-quote      | Tomas Vell                              | warned
            Port news¶According to Tomas Vell, “the talks were useful.”                                        | talks were useful         | Tomas Vell    | rule:according-to           | Tomas Vell                              | According to
            Port news¶According to a statement from the Harbour Authority, the clash was “unprovoked.”         | unprovoked                | Harbour Authority | rule:sentence-cue       | the Harbour Authority                   | According to
            Port news¶According to veteran harbour radio host Ana Kiril, the fee reeks of “fear.”              | fear                      | Ana Kiril     | rule:sentence-cue           | veteran harbour radio host Ana Kiril    | According to
            Port news¶Ms. Ana Kiril told the council she believes we must continue to fight, saying “the port is ours.” | port is ours     | Ana Kiril     | rule:participle-cue         | she                                     | saying
            Port news¶The fee rose after Lina Ostrova’s pledge to be “neutral” in the dispute.                 | neutral                   | Lina Ostrova  | rule:possessive-speech      | Lina Ostrova                            | pledge
            Port news¶Fact-checkers looked at Lina Ostrova’s claim that there were “thousands of ferries” idle.  | thousands of ferries      | Lina Ostrova  | rule:possessive-speech      | Lina Ostrova                            | claim
            Port news¶Mr. Tomas Vell met Ms. Lina Ostrova, and her remark that “the port is dying” stuck.      | port is dying             | Lina Ostrova  | rule:possessive-speech      | her                                     | remark
            Port news¶Tomas Vell denounced Lina Ostrova’s remarks as “hurtful.”                                | hurtful                   | Tomas Vell    | rule:sentence-cue           | Tomas Vell                              | denounced
            Vell: “No Deal Without Guarantees”¶The talks ended on Monday.                                      | No Deal                   | Vell          | rule:colon                  | Vell                                    | :
            Port news¶Asked about the delay, Tomas Vell said:¶“We need more time.”                             | more time                 | Tomas Vell    | rule:colon-next-paragraph   | Tomas Vell                              | said
            Port news¶The council defended the delay, saying:¶“We need more time.”                             | more time                 | council       | rule:colon-next-paragraph   | The council                             | saying
            Port news¶Ana Kiril backed the fee. She said crews would pay, and when pressed on the cost, the mother of three replied, “We will find the money.” | find the money | mother of three | rule:speaker-cue-quote | the mother of three | replied
            Port news¶With her aides worried about turnout, Ana Kiril rolled out a new message: “It is about the port.” | about the port | Ana Kiril | rule:colon-introduction | Ana Kiril                       | :
            Port news¶In quieter times -- with some grounding in history -- a reader would now ask: “Why the fee?” | Why the fee       | a reader      | rule:colon-introduction     | a reader                                | :
            Port news¶The Harbour Authority rejected the plan, saying “it is far too expensive.”               | too expensive             | Harbour Authority | rule:participle-cue     | The Harbour Authority                   | saying
            Port news¶Hours later, Ana Kiril returned the compliment, telling reporters, “We are old friends.”  | old friends               | Ana Kiril     | rule:participle-cue         | Ana Kiril                               | telling reporters
            Port news¶Norland dismissed the claims, with a ministry spokesman calling them “routine and lawful.” | routine and lawful      | a ministry spokesman | rule:sentence-cue    | a ministry spokesman                    | calling
            Port news¶The crowd pushed forward, with Vell reportedly yelling: “Close the gate!”                 | Close the gate            | Vell          | rule:participle-cue         | Vell                                    | yelling
            Port news¶The union’s film shows footage of Ana Kiril asking, “Where are the ferries?”            | Where are the ferries     | Ana Kiril     | rule:participle-cue         | Ana Kiril                               | asking
            Port news¶Crews argued the fee helps (it lets the port off the hook).\u00a0Union leader Tomas Vell, in particular, has been attacking the fee as a “scam.” | scam | Tomas Vell | rule:sentence-subject | Union leader Tomas Vell | -
            Port news¶The Maritime Ministry on Monday described the proposal as “premature” and unfunded.      | premature                 | Maritime Ministry | rule:sentence-cue       | The Maritime Ministry                   | described
            Port news¶Diplomats in Varna said privately that the talks were “going nowhere.”                   | going nowhere             | Diplomats in Varna | rule:sentence-cue      | Diplomats in Varna                      | said
            Port news¶Officials in Varna spoke on condition of anonymity. One of them described the charges as “absurd.” | absurd  | One of them   | rule:sentence-cue           | One of them                             | described
            Port news¶Mayor Ana Kiril and Governor Ivo Brandt pledged a “new start” on Monday.                 | new start                 | Ana Kiril and Ivo Brandt | rule:sentence-cue | Mayor Ana Kiril and Governor Ivo Brandt | pledged
            Port news¶“This is a good day,” Kiril and Brandt told reporters.                                  | good day                  | Kiril and Brandt | rule:quote-speaker-cue     | Kiril and Brandt                        | told reporters
            Port news¶The “Remain” campaign and Ana Kiril said the vote was “lost.”                            | lost                      | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | said
            Varna and Norland Pledge ‘New Start’ on Ferries¶The talks ended on Monday.                        | New Start                 | Varna and Norland | rule:speaker-cue-quote | Varna and Norland                  | Pledge
            Port news¶“Cold?” she said, and as Vell went on about “the lost fleet,” Ana Kiril nodded over and over again. | lost fleet                | Vell          | rule:sentence-cue           | Vell                                    | went on
            Port news¶Vell warned on Monday that the fee would be “a heavy burden,” the Harbour Gazette reported. | heavy burden        | Vell          | rule:sentence-cue           | Vell                                    | warned
            Port news¶Vell warned on Monday that the fee would be a burden, calling it “unfair,” according to the Gazette. | unfair     | Vell          | rule:sentence-cue           | Vell                                    | calling
            Port news¶The Maritime Ministry has long opposed the “premature” proposal.                         | premature                 | Maritime Ministry | rule:sentence-subject   | The Maritime Ministry                   | -
            Port news¶On “Port Talk,” Ana Kiril, who lost the vote, kept her focus on the “tax on work.”        | tax on work               | Ana Kiril     | rule:sentence-subject       | Ana Kiril                               | -
            Port news¶Ana Kiril’s health records were released on Monday. She called them “a private matter.”  | private matter            | Ana Kiril     | rule:sentence-cue           | She                                     | called
            Port news¶Alongside Vell, the harbour master and union hard-liner, Ana Kiril launched into a lament for “the lost fleet.” | lost fleet | Ana Kiril | rule:sentence-subject | Ana Kiril                     | -
            Port news¶VARNA, Nor. - Ana Kiril, a ferry captain, was named in a “harbour scandal” last week.    | harbour scandal           | Ana Kiril     | rule:sentence-subject       | Ana Kiril                               | -
            Port news¶Thirteen years earlier, Ms. Ana Kiril had voted for the “harbour plan” in the council.  | harbour plan              | Ana Kiril     | rule:sentence-subject       | Ms. Ana Kiril                           | -
            Port news¶Speaking in Varna on Monday, Defence Minister Ana Kiril rejected the “premature” plan.   | premature                 | Ana Kiril     | rule:sentence-cue           | Defence Minister Ana Kiril              | rejected
            Port news¶“We are ready,” said Tomas Vell.¶“We have waited long enough,” he added.                 | waited long               | Tomas Vell    | rule:quote-speaker-cue      | he                                      | added
            Port news¶The Union’s top diplomat, Ana Kiril, struck a cautious note.¶“We have heard words,” she told reporters. | heard words | Ana Kiril  | rule:quote-speaker-cue      | she                                     | told reporters
            Port news¶Mr. Ivo Brandt met Ms. Carla Pinto in Varna. “We disagree,” she said.                    | We disagree               | Carla Pinto   | rule:quote-speaker-cue      | she                                     | said
            Port news¶Ms. Carla Pinto met Mr. Ivo Brandt in Varna. “We disagree,” he said.                     | We disagree               | Ivo Brandt    | rule:quote-speaker-cue      | he                                      | said
            Port news¶“We refused,” Ahmed said. Casting doubt on the plan, Vell left.                          | We refused                | Ahmed         | rule:quote-speaker-cue      | Ahmed                                   | said
            Port news¶The foreign minister, Ivo Brandt, told state television the plan was “a provocation”.   | provocation               | Ivo Brandt    | rule:sentence-cue           | Ivo Brandt                              | told
            Port news¶The mayor, Björn Ångström, told reporters: “Next year, more music.”                     | more music                | Björn Ångström | rule:speaker-cue-quote     | Björn Ångström                          | told reporters
            Port news¶The fair opened. Visitor Amira Haddad said the event was “magnifique”.                 | magnifique                | Amira Haddad  | rule:sentence-cue           | Visitor Amira Haddad                    | said
            Port news¶Visitor Amira Haddad said: “We loved it.”                                                | loved it                  | Amira Haddad  | rule:speaker-cue-quote      | Visitor Amira Haddad                    | said
            Port news¶Amira Haddad, who wrote “hello world” on a banner, said the event was “magnifique”.      | magnifique                | Amira Haddad  | rule:sentence-cue           | Amira Haddad                            | said
            Port news¶Tomas Vell, who has called the plan “reckless,” left early.                              | reckless                  | Tomas Vell    | rule:sentence-cue           | who                                     | called
            Port news¶Tomas Vell, who, after a long night of talks, said the plan was “reckless,” left early.  | reckless                  | Tomas Vell    | rule:sentence-cue           | who                                     | said
            Port news¶Port workers walked out. “We are not paid,” they said.                                   | not paid                  | Port workers  | rule:quote-speaker-cue      | they                                    | said
            Port news¶“We are ready,” Vell said. “The crews are in place.”                                     | crews are in place        | Vell          | rule:paragraph-continuation | Vell                                    | said
            Port news¶“It is a big day,” said Tomas Vell. Unless the storm returns, “the ferries sail on Monday.” | ferries sail          | Tomas Vell    | rule:paragraph-continuation | Tomas Vell                              | said
            Port news¶“We are ready,” Vell said.¶“The crews are in place.”                                     | crews are in place        | Vell          | rule:next-paragraph-continuation | Vell                               | said
            Port news¶“We are ready,” Vell said. “The crews are in place.” Ana Kiril noted a delay at the gate. | crews are in place     | Vell          | rule:paragraph-continuation | Vell                                    | said
            Port news¶“We are ready,” Vell said. “Is the gate open?” Ana Kiril asked quietly.                   | gate open                 | Ana Kiril     | rule:quote-speaker-cue      | Ana Kiril                               | asked
            Port news¶“We are ready,” Vell said. “The crews are in place.¶“The ships too,” he said. “We wait.” | We wait                   | Vell          | rule:paragraph-continuation | he                                      | said
            Port news¶“Okay,” I said, “let us start.”                                                          | let us start              | the writer    | rule:speaker-cue-quote      | I                                       | said
            Port news¶“The fees will rise,” the statement said.                                                | fees will rise            | statement     | rule:quote-speaker-cue      | the statement                           | said
            Port news¶“The fees will rise,” said one person familiar with the talks.                           | fees will rise            | one person familiar | rule:quote-cue-speaker | one person familiar                    | said
            Port news¶Here is Vell in 2019: “The port will never close.”                                       | never close               | Vell          | rule:colon-introduction     | Vell                                    | :
            Port news¶Ferry delays blamed on fog - Harbour Authority: “Visibility was under fifty metres.”      | Visibility                | Harbour Authority | rule:colon              | Harbour Authority                       | :
            Port news¶The delay does not surprise harbour pilot Ana Kiril: “The fog comes every March.”        | fog comes                 | Ana Kiril     | rule:colon                  | Ana Kiril                               | :
            Port news¶Lina Ostrova said she wants the council to further explain its “reckless” plan.         | reckless                  | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | said
            Port news¶“Where is the money?” Lina Ostrova asked on Monday.                                      | Where is the money        | Lina Ostrova  | rule:quote-speaker-cue      | Lina Ostrova                            | asked
            Port news¶Harbour chief Tomas Vell is questioning whether the fees are “fair at all.”              | fair at all               | Tomas Vell    | rule:sentence-cue           | Harbour chief Tomas Vell                | questioning
            Port news¶Vell said the crews had made progress. “We really believe the worst is over.”            | worst is over             | Vell          | rule:previous-sentence-cue  | Vell                                    | said
            Port news¶“The crews do not like him,” this source told the Post.                                  | do not like him           | this source   | rule:quote-speaker-cue      | this source                             | told
            Port news¶The White House says the fees are a “fair arrangement” for now.                          | fair arrangement          | White House   | rule:sentence-cue           | The White House                         | says
            Port news¶Prime Minister Sheikh Tamim bin Hamad al-Rashid told reporters it was “not over.”       | not over                  | Tamim bin Hamad al-Rashid | rule:sentence-cue | Prime Minister Sheikh Tamim bin Hamad al-Rashid | told reporters
            Port news¶Commission President Ana von der Berg said the deal was “a good day.”                    | good day                  | Ana von der Berg | rule:sentence-cue        | Commission President Ana von der Berg   | said
            Port news¶VARNA, Norland (AP) — Norland’s ministry spokesman, Ana Kiril, said it was “deeply alarming.” | deeply alarming    | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | said
            Port news¶“We are in contact with all sides,” Ivo Brandt was quoted as saying by the Harbour Gazette. | in contact         | Ivo Brandt    | rule:quote-speaker-cue      | Ivo Brandt                              | saying
            Port news¶Tomas Vell spoke on Monday. He said he had met Ana Kiril and that the two leaders had agreed to “keep talking.” | keep talking | Tomas Vell | rule:sentence-cue | He                                  | said
            Port news¶A harbour source, speaking on condition of anonymity because he was not authorised to talk, said the call had been “cordial.” | cordial | A harbour source | rule:sentence-cue | A harbour source       | said
            Port news¶The Harbour Gazette quoted Ana Kiril as saying the deal “changes nothing.”                 | changes nothing           | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | saying
            Port news¶Brandt's spokesman, Ivo Lind, told reporters that no date had been set. Asked whether invitations had been sent, Lind said: "Not yet."¶Norland's foreign ministry said in a post that it "welcomes any initiative," while Estavia made no immediate comment. | welcomes any | Norland's foreign ministry | rule:sentence-cue | Norland's foreign ministry | said
            Port news¶Ana Kiril met the crews. Kiril’s message was blunt: “Go back to work.”                     | Go back to work           | Ana Kiril     | rule:colon-introduction     | Kiril’s message                         | :
            Port news¶Ana Kiril was quoted by the Harbour Gazette as saying the talks had been “productive.”   | productive                | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | saying
            Port news¶The ministers agreed to reopen the port, in what both sides called “a first step.”        | a first step              | both sides    | rule:speaker-cue-quote      | both sides                              | called
            Port news¶A senior official from the ministry, speaking on condition of anonymity, said the gap was “narrow.” | narrow | A senior official from the ministry | rule:sentence-cue | A senior official from the ministry | said
            Port news¶A spokesman for the Harbour Authority, Tomas Vell, said the fee was “fair.”               | fair                      | Tomas Vell    | rule:sentence-cue           | Tomas Vell                              | said
            Port news¶The mayor of Varna, speaking to reporters, said the port was “safe.”                      | safe                      | The mayor of Varna | rule:sentence-cue      | The mayor of Varna                      | said
            Port news¶Ms. Ana Kiril told a briefing that her office would respond “in a measured way.”          | measured way              | Ana Kiril     | rule:sentence-cue           | Ms. Ana Kiril                           | told
            Port news¶Ms. Ana Kiril spoke in Varna. Asked whether Norland would close the port, she said: “Everything is possible.” | Everything is possible | Ana Kiril | rule:speaker-cue-quote | she                         | said
            Port news¶Norland’s envoy to the Harbour Council, Petr Lasko, said the text raised “serious reservations.” | serious reservations | Petr Lasko | rule:sentence-cue | Petr Lasko                          | said
            Port news¶A source familiar with the talks said, “The fee will stay.”                            | fee will stay             | A source familiar with the talks | rule:speaker-cue-quote | A source familiar with the talks | said
            Port news¶An aide close to Ana Kiril said, “The fee will go.”                                      | fee will go               | An aide close to Ana Kiril | rule:speaker-cue-quote | An aide close to Ana Kiril     | said
            Port news¶A spokesman for the buyer said the deal was “a showcase” for the island.                 | showcase                  | A spokesman for the buyer | rule:sentence-cue | A spokesman for the buyer               | said
            Port news¶Lina Ostrova said that when Tomas Vell railed against the fees, “he spoke for all of us.” | spoke for all             | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | said
            Port news¶Lina Ostrova said the fees rose when Tomas Vell called for a “harbour tax” in May.        | harbour tax               | Tomas Vell    | rule:sentence-cue           | Tomas Vell                              | called
            Port news¶Ms. Lina Ostrova says it underscores that the port is “badly run.”                       | badly run                 | Lina Ostrova  | rule:sentence-cue           | Ms. Lina Ostrova                        | says
            Port news¶Following a late meeting, the Harbour Authority issued a statement calling the fee “fair.” | fair                    | Harbour Authority | rule:sentence-cue       | the Harbour Authority                   | calling
            Port news¶“We are ready,” Vell said. His allies called him “a genius” for it.                      | a genius                  | allies        | rule:sentence-cue           | His allies                              | called
            Port news¶Several said they would rather see the fees in “block grants” to towns.                  | block grants              | Several       | rule:sentence-cue           | Several                                 | said
            Port news¶Lina Ostrova backed the deal, although she said she has “serious concerns” about it.     | serious concerns          | Lina Ostrova  | rule:sentence-cue           | she                                     | said
            Port news¶Lina Ostrova backed the deal, although she has “serious concerns” about it.              | serious concerns          | Lina Ostrova  | rule:sentence-subject       | she                                     | -
            Port news¶“That is reason enough to visit,” the editorial said.                                    | reason enough             | editorial     | rule:quote-speaker-cue      | the editorial                           | said
            Port news¶“The mayor should come and see,” the editorial read.                                     | come and see              | editorial     | rule:quote-speaker-cue      | the editorial                           | read
            Port news¶“Would the fee be negotiable?” Ana Kiril pressed.                                        | negotiable                | Ana Kiril     | rule:quote-speaker-cue      | Ana Kiril                               | pressed
            Port news¶Harbour historian Ana Kiril agreed. “The port has seen worse winters.”                   | seen worse                | Ana Kiril     | rule:previous-sentence-cue  | Harbour historian Ana Kiril             | agreed
            Port news¶His partner, Ana Kiril, called him a master at deals. “He closed what nobody could.”     | closed what nobody        | Ana Kiril     | rule:previous-sentence-cue  | Ana Kiril                               | called
            Port news¶Vell said that critics had been predicting a short season.¶“We will be ready by May.”   | ready by May              | Vell          | rule:previous-paragraph-cue | Vell                                    | said
            Port news¶The plan has been called “strategic ambiguity” by Lina Ostrova, a professor.             | strategic ambiguity       | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | called
            Port news¶“Harbour Lights” was written by Lina Ostrova after the storm of 1999.                    | Harbour Lights            | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | written
            Port voices¶“The ferry saved my town.” ― Ana Kiril¶“We need the bridge.” — Ivo Brandt, a fisherman.  | ferry saved               | Ana Kiril     | rule:quote-dash-speaker     | Ana Kiril                               | ―
            Port voices¶“The ferry saved my town.” ― Ana Kiril¶“We need the bridge.” — Ivo Brandt, a fisherman.  | need the bridge           | Ivo Brandt    | rule:quote-dash-speaker     | Ivo Brandt                              | —
            Port voices¶“The ferry saved my town.” ― Ana Kiril “We need the bridge.” ― Ivo Brandt              | need the bridge           | Ivo Brandt    | rule:quote-dash-speaker     | Ivo Brandt                              | ―
            Port news¶Ivo Brandt insisted that his party was “still the first force in Varna.”--Ana Kiril.     | first force               | Ivo Brandt    | rule:sentence-cue           | Ivo Brandt                              | insisted
            Port news¶The council studied “Rethinking the Harbour” by Ana Kiril and Ivo Brandt.              | Rethinking the Harbour    | Ana Kiril     | rule:quote-by-speaker       | Ana Kiril                               | by
            Port news¶Critics agree, including the former mayor Ana Kiril -- “It is a disgrace” -- and others. | It is a disgrace          | Ana Kiril     | rule:speaker-dash-quote     | the former mayor Ana Kiril              | --
            Port news¶The mayor said he was “horrified” by Ana Kiril.                                          | horrified                 | The mayor     | rule:sentence-cue           | The mayor                               | said
            Port news¶“The ferry was always late,” said 9/11 widow Ana Kiril.                                 | always late               | Ana Kiril     | rule:quote-cue-speaker      | 9/11 widow Ana Kiril                    | said
            Port news¶Lina Ostrova wrote a book called “Harbour Lives” and called the plan “reckless.”         | reckless                  | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | called
            Port news¶Lina Ostrova called the golf venture “a great example” of what went wrong.               | great example             | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | called
            Port news¶“Perpetual motion!” Rep. Ana Kiril, R-Pa., said of the fair.                             | Perpetual motion          | Ana Kiril     | rule:quote-speaker-cue      | Rep. Ana Kiril                          | said
            Port news¶The mayor put up a message that said, “The ferry is cancelled.”                          | ferry is cancelled        | message       | rule:speaker-cue-quote      | that                                    | said
            Port news¶Lina Ostrova, who in the past described the plan as “reckless,” left early.              | reckless                  | Lina Ostrova  | rule:sentence-cue           | who                                     | described
            Port news¶The port hired a consultant who warned that “the season is lost.”                        | season is lost            | a consultant  | rule:speaker-cue-quote      | who                                     | warned
            Port news¶The storm lasted for hours.¶Hours later, Lina Ostrova issued a statement calling the plan “reckless.” | reckless | Lina Ostrova | rule:sentence-cue       | Lina Ostrova                            | calling
            Port news¶Tomas Vell called Ana Kiril “a liar.” However, he praised Ivo Brandt, calling him a “good man” today. | good man | Tomas Vell | rule:sentence-cue  | he                                      | calling
            Port news¶The “dirty tricks” that Tomas Vell accused the council of are no worse than the fees, the mayor said Friday. | dirty tricks | the mayor | rule:sentence-cue | the mayor                        | said
            Port news¶Tomas Vell is winning applause as he keeps talking about the “harbour spirit” here.   | harbour spirit     | Tomas Vell    | rule:sentence-cue           | he                                      | talking
            Port news¶The talks stalled. When Tomas Vell tried to defend his remarks calling it “fair,” Ana Kiril left. | fair             | Tomas Vell    | rule:sentence-cue           | Tomas Vell                              | calling
            Port news¶At one point, Lina Ostrova said harbour officials were calling “every hour.”           | every hour               | Lina Ostrova  | rule:sentence-cue           | Lina Ostrova                            | said
            Port news¶Tomas Vell called the fee “absurd” and “unfair,” Ana Kiril said.                         | absurd                    | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | said
            Port news¶The council rejected claims by Norland’s harbour minister, Ivo Brandt, that the dam was “illegal.” | illegal | Ivo Brandt | rule:possessive-speech   | Ivo Brandt                              | claims
            Port news¶Ana Kiril denied claims by opposition lawmakers that the programme was “illegal.”     | illegal                   | opposition lawmakers | rule:possessive-speech | opposition lawmakers              | claims
            Port news¶The Palace calls the closure a “temporary pause,” a term rejected by Varna.             | temporary pause           | Palace        | rule:sentence-cue           | The Palace                              | calls
            Port news¶Minister Ana Kiril said the crews had engaged in “illicit activities,” a standard phrase used to describe smuggling. | illicit activities | Ana Kiril | rule:sentence-cue | Minister Ana Kiril              | said
            Port news¶VARNA, Dec 3 (Reuters) - The port envoy, Ana Kiril, said the talks were “useful.”       | useful                    | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | said
            Port news¶Ivo Brandt described the talks as “positive and useful,” according to NorPress.        | positive and useful       | Ivo Brandt    | rule:sentence-cue           | Ivo Brandt                              | described
            Port news¶Ana Kiril said Norland had “failed its commitments.” Ivo Brandt rejected this.          | failed its commitments    | Ana Kiril     | rule:sentence-cue           | Ana Kiril                               | said
            Port news¶Ana Kiril, as many believe but Norland denies, said — “why not raise it?” asked Ivo Brandt. | why not raise it    | Ivo Brandt    | rule:quote-cue-speaker      | Ivo Brandt                              | asked
            Port news¶Ivo Brandt affirmed Norland’s “firm position,” NTA said.                               | firm position             | Ivo Brandt    | rule:sentence-cue           | Ivo Brandt                              | affirmed
            Port news¶Ana Kiril spoke with Ivo Brandt “to discuss the port,” according to a Palace readout. | discuss the port          | Palace        | rule:according-to           | a Palace readout                        | according to
            """)
    void attributesEachConstructByItsSieve(String article, String words, String speaker, String origin, String mention,
                                           String cue) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
        assertThat(quote.origin()).isEqualTo(origin);
        assertThat(f.textOf(quote.mention())).isEqualTo(mention);
        assertThat(f.textOf(quote.cue())).isEqualTo(cue);
    }

    @org.junit.jupiter.api.Test
    void aSpeechNounEndingAHeadlineIsNoCueAndTheDatelineBelowIsNoSpeaker() {
        EngineFixture f = EngineFixture.of("Envoy Summoned Over ‘Hostile’ Remarks¶VARNA — The ministry called the remarks “hostile.”");
        Quote headline = f.quote("Hostile");
        assertThat(f.textOf(headline.cue())).isNotEqualTo("Remarks");
        assertThat(headline.speakerId() == null ? "" : f.speakerOf(headline).name()).doesNotContainIgnoringCase("varna");
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                           | headline quote             | speaker     | origin
            Will the Port Reopen? “Depends on the Weather”¶“Everything depends on the weather this week,” said Tomas Vell.      | Depends on the Weather     | Tomas Vell  | rule:headline-words
            Harbour Chief Calls Plan ‘Reckless’¶Harbour chief Tomas Vell criticised the plan on Monday.                         | Reckless                   | Tomas Vell  | rule:sentence-cue
            Tomas Vell: Harbour Fees Rising; Crews Are ‘Running on Empty’¶The fees rose on Monday.                              | Running on Empty           | Tomas Vell  | rule:colon
            Varna Calls For Calm, Warns Of “Regional Spillover”¶The council met on Monday.                                       | Regional Spillover         | Varna       | rule:sentence-cue
            Dockers Say Pay Talks “Stalled” as Strike Looms¶The union met on Monday.                                            | Stalled                    | Dockers     | rule:sentence-cue
            Fees ‘will not change our course’, says harbour minister¶“Fees will not change our course,” said Harbour Minister Tomas Vell. | will not change our course | Tomas Vell | rule:quote-cue-speaker
            Ferry deal ‘within reach’, mediator says¶“A deal is within reach,” the port mediator, Ana Kiril, said on Saturday. | within reach         | Ana Kiril   | rule:quote-speaker-cue
            """)
    void attributesHeadlineQuotesByTheirOwnCueOrByTheBodyQuoteTheyShorten(String article, String words, String speaker,
                                                                         String origin) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(quote.type()).isEqualTo(QuoteType.HEADLINE);
        assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
        assertThat(quote.origin()).isEqualTo(origin);
    }

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            # article                                                                                                           | quote            | speaker
            Port news¶“Will the bridge open?” asked the reporter.¶“Not before May,” Vell replied.¶“Why not sooner?”¶“The steel has not arrived.”  | Why not sooner   | the reporter
            Port news¶“Will the bridge open?” asked the reporter.¶“Not before May,” Vell replied.¶“Why not sooner?”¶“The steel has not arrived.”  | steel has not    | Vell
            """)
    void alternatesSpeakersInAQuestionAndAnswerExchangeWithLowConfidence(String article, String words, String speaker) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(f.speakerOf(quote).name()).isEqualTo(speaker);
        assertThat(quote.origin()).isEqualTo("rule:turn-taking");
        assertThat(quote.confidence()).isLessThan(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Port news¶There was talk of a “reset” all week.                                  | reset
            Port news¶“Nothing changes,” read a sign.¶Elsewhere the “reset” was a slogan.    | reset
            Port news¶The port hired Ivo Brandt, who was greeted with chants of “Ivo!” at the gate. | Ivo!
            Port news¶Vell said the season would be short.¶“We will be ready by May.” Ana Kiril started.  | ready by May
            Port news¶The harbour plan lists its goals. Eliminating “the winter backlog” is the first of them. | winter backlog
            Port news¶Citing safety rules, he closed the quay on Monday and called it “a necessary step.”  | necessary step
            Port news¶Along the quay, he watched the ferries and called the delay “a disgrace.”             | disgrace
            """)
    void leavesAQuoteUnattributedWhenNoSieveIsSure(String article, String words) {
        EngineFixture f = EngineFixture.of(article);
        Quote quote = f.quote(words);
        assertThat(quote.speakerId()).isNull();
        assertThat(quote.confidence()).isZero();
        assertThat(quote.origin()).isEqualTo("rule:unattributed");
    }

    @ParameterizedTest(name = "{1} is {2} in {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Port news¶“We will rebuild the bridge,” Vell said.                          | rebuild    | DIRECT
            Port news¶Vell said: “We will rebuild the bridge.”                          | rebuild    | DIRECT
            Port news¶Vell called the plan “irresponsible” on Monday.                   | irresponsible | PARTIAL
            Port news¶Vell praised the “longstanding and close” ties.                   | longstanding | PARTIAL
            Port news¶Vell said the plan was “a gross violation of the rules.”          | gross violation | PARTIAL
            Vell: “No Deal Without Guarantees”¶The talks ended.                         | No Deal    | HEADLINE
            Port news¶Will the Port Reopen? “Depends on the Weather”¶The talks ended.   | Depends    | HEADLINE
            Port news¶The ceremony was muted.¶Norland President Tomas Vell wrote on Telegram: “Glory to Varna!”¶Crowds gathered. | Glory | DIRECT
            Port news¶The ceremony was muted.¶Norland Foreign Minister Ana Kiril said: “Nonsense.”¶Crowds gathered. | Nonsense | DIRECT
            """)
    void typesQuotesAsDirectPartialOrHeadline(String article, String words, QuoteType type) {
        assertThat(EngineFixture.of(article).quote(words).type()).isEqualTo(type);
    }
}
