"""Language detection from common words."""

from tei_tools.readers.language import SAMPLE, UNDETERMINED, detect_language


def test_common_words_name_the_language() -> None:
    assert detect_language("The end of the road is not the end of the world, and it was so. " * 3) == ("en", "English")
    assert detect_language("Der Hund und die Katze sind nicht in dem Haus, das ist auf der Straße. " * 3) == ("de", "German")
    assert detect_language("Le chat et la souris sont dans les maisons qui sont pour le roi. " * 3) == ("fr", "French")
    assert detect_language("Jag har hört att det är en film om hans liv, och att den inte har kommit till oss. " * 3) == ("sv", "Swedish")
    assert detect_language("Jeg har hørt at det er en film om hans liv, og at den ikke er kommet til os. " * 3) == ("da", "Danish")
    # Russian and Ukrainian share their script and a few words, not the most common ones
    assert detect_language("Он сказал, что это не так, и мы с ним пошли на улицу, как и все. " * 3) == ("ru", "Russian")
    assert detect_language("Він сказав, що це не так, і ми з ним пішли на вулицю, як і всі. " * 3) == ("uk", "Ukrainian")


def test_unsure_when_few_words_or_two_languages() -> None:
    assert detect_language("The cat.") == UNDETERMINED
    assert detect_language("the of and to in " * 10 + "der die und das nicht " * 10) == UNDETERMINED


def test_only_the_start_of_a_long_text_is_read() -> None:
    english = "The end of the road is not the end of the world. " * 10
    assert detect_language(english + " " * SAMPLE + "Der Hund und die Katze sind nicht in dem Haus. " * 1000) == ("en", "English")


def test_one_sentence_is_enough_when_one_language_clearly_leads() -> None:
    sentence = ("If we do not draw women into public activity, into the militia, into political life; if we do not tear "
                "women away from the deadening atmosphere of household and kitchen, then it is impossible to secure freedom.")
    assert detect_language(sentence) == ("en", "English")
    assert detect_language("the of and to in it is that " + "der die und das " * 2) == UNDETERMINED  # 8 against 8
