"""Certainty where one word's reading reaches, or stops at, the clause below it: what is suspected, what a factive
presupposes under a modal, a denied modal clause, a decision against an act, what one responds to, and an attempted
act; sentences written for these tests (invented names), through the whole pipeline."""
import pytest


@pytest.mark.parametrize("text, word, value, cues", [
    # what is suspected is believed probable, not asserted, whether a clause or a gerund after the object
    ("Investigators suspected that the Dorvish firm had shipped the parts.", "shipped", 2, ["suspected"]),
    ("Investigators suspected the Varn firm of acting for the Ostel navy.", "acting", 2, ["suspected"]),
    ("Police suspected a man from Orlin of setting the fire.", "setting", 2, ["suspected"]),
    # a factive presupposes its complement whatever modal it carries; the complement keeps its own future
    ("The Quell agency could have learned that the Varn army will move north.", "move", 2, ["will"]),
    ("Tarvel may have learned where every new pipeline will run.", "run", 2, ["will"]),
    ("If the report is right, Tarvel could have found out where the new pipelines will run.", "run", 2, ["will"]),
    ("The Varn agency may have discovered that the army had moved north.", "moved", 3, []),
    ("The Varn agency did not discover that the army had moved north.", "moved", 3, []),
    # a denied modal clause is the modal negated: 'would not', 'could not' are certainly not, 'may not' possibly not
    ("The Korvan ministry denied that Dassel would be released.", "released", -3, ["denied", "would"]),
    ("The Orvel ministry denied that its troops could enter the town.", "enter", -3, ["denied", "could"]),
    ("The Orvel ministry denied that its troops may enter the town.", "enter", -1, ["denied", "may"]),
    # a counterfactual perfect under a denial keeps its own reading
    ("The Orvel ministry denied that its troops could have fired on the crowd.", "fired", -1, ["could", "denied"]),
    # deciding against an act is deciding not to do it; not deciding against it leaves it open
    ("The Darrow board decided against selling the mill.", "selling", -2, ["decided", "against"]),
    ("The Pell council opted against closing the ferry.", "closing", -2, ["opted", "against"]),
    ("The Darrow board has not decided against selling the mill.", "selling", 0, ["not", "decided", "against"]),
    # what one responds to was there to respond to, whether or not one did
    ("The Varn ministry did not respond to a request for comment.", "request", 3, []),
    ("The Ulm garrison did not reply to an ultimatum from the rebels.", "ultimatum", 3, []),
    # an attempted act was tried, not told as done
    ("The Varn police charged Dell Orrin with attempted murder.", "murder", 1, ["attempted"]),
    ("The Osk army crushed an attempted coup in May.", "coup", 1, ["attempted"]),
])
def test_projection_and_its_limits(certainty_of, text, word, value, cues):
    assert certainty_of(text, word) == (value, cues)
