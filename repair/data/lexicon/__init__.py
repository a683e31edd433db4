"""Word lexicons (word alignment both ways) and English bigram and casing counts for fixing
stray words, built by scripts/build_lexicon.py from ../shared/data/train: Tatoeba (CC-BY 2.0 France,
tatoeba.org, manythings.org/anki), Europarl v7 (Koehn 2005), WMT news test sets 2008-2011 and
News Commentary v8 (WMT shared tasks, research use). ``fr-en.wiktionary.tsv.gz``: the French
Wiktionary's translation tables (dump 2014-06-12, https://fr.wiktionary.org, its contributors;
CC BY-SA 3.0, the file keeps that licence), as extracted by
https://github.com/pquentin/wiktionary-translations, built by scripts/build_dictionary.py.
``es-en.omw.tsv.gz`` and ``de-en.omw.tsv.gz``: the Open Multilingual Wordnet
(https://github.com/omwn/omw-data): the Multilingual Central Repository 3.0's Spanish
(CC BY 3.0) and Wiktionary-linked Spanish and German lemmas (CC BY-SA 3.0), joined to the
English lemmas of Princeton WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University.
All rights reserved; WordNet licence); the files are CC BY-SA 3.0, built by
scripts/build_dictionary.py. ``ca-en.omw.tsv.gz``, ``it-en.omw.tsv.gz`` and
``pt-en.omw.tsv.gz``: the same path, from the Open Multilingual Wordnet's Catalan (the
Multilingual Central Repository 3.0, CC BY 3.0), Italian (MultiWordNet, CC BY 3.0) and
Portuguese (OpenWN-PT, https://github.com/arademaker/openWordnet-PT, CC BY-SA 3.0) with the
Wiktionary-linked lemmas of each (CC BY-SA 3.0); CC BY-SA 3.0. ``es-fr.pivot.tsv.gz``: Spanish
lemmas of Debian's hunspell-es word list translated into French by apertium-fr-es
(https://apertium.org; GPL-2, so is the file), built by scripts/build_pivot.py; the fixer reads
the French words' English from the French files above.
``es-lemmas.tsv.gz``: the stem-changing and irregular verb forms of Debian's hunspell-es
(the RLA-ES project's Spanish dictionary, MPL-1.1 / GPL-3+ / LGPL-3+; the file keeps those
licences) with their lemma, built by scripts/build_lemmas.py.
A package so that installs ship the files.
"""
