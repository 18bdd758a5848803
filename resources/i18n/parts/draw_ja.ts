<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DrawTab</name>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="228" />
        <source>This model cannot read drawn digits: %1</source>
        <translation>このモデルでは手書き数字を読めません：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="247" />
        <source>Cannot open the model: %1</source>
        <translation>モデルを開けません：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="262" />
        <source>The bundled model (%1) is not there yet. Open a model file, or train one in the Train tab and send it here.</source>
        <translation>同梱モデル（%1）はまだありません。モデルファイルを開くか、学習タブで学習したモデルをここに送ってください。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="268" />
        <source>Cannot open the bundled model: %1</source>
        <translation>同梱モデルを開けません：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="291" />
        <source>Open a model</source>
        <translation>モデルを開く</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="292" />
        <source>NN Lab models (*.npz);;All files (*)</source>
        <translation>NN Lab モデル (*.npz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="354" />
        <source>width %1 px</source>
        <translation>太さ %1 px</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="357" />
        <source>Your drawing</source>
        <translation>あなたの手書き</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="358" />
        <source>Draw a digit here</source>
        <translation>ここに数字を書いてください</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="360" />
        <source>Keys while the canvas has focus: Delete, Backspace or C clears, Ctrl+Z undoes the last stroke. A tablet pen's pressure changes the width a little.</source>
        <translation>キャンバス選択中のキー：Delete・Backspace・C で消去、Ctrl+Z で最後のストロークを取り消し。ペンタブレットでは筆圧で太さが少し変わります。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="362" />
        <source>Pen</source>
        <translation>ペン</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="363" />
        <source>Draw with the pen</source>
        <translation>ペンで書く</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="364" />
        <source>Eraser</source>
        <translation>消しゴム</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="365" />
        <source>Erase with the same width</source>
        <translation>同じ太さで消す</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="366" />
        <source>Pen width in canvas pixels (the canvas is %1 px wide)</source>
        <translation>ペンの太さ（キャンバスのピクセル単位。キャンバスの幅は %1 px）</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="369" />
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="370" />
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>最後のストロークを取り消す (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="371" />
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="372" />
        <source>Clear the canvas (Delete)</source>
        <translation>キャンバスを消去 (Delete)</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="373" />
        <source>What the network reads</source>
        <translation>ネットワークの認識結果</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="374" />
        <source>What the network sees</source>
        <translation>ネットワークが見る画像</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="376" />
        <source>MNIST's recipe: crop the ink, scale it to fit 20×20 keeping its shape, then place it in 28×28 with its centre of mass (orange cross) in the middle. The last image is the 784 inputs x: bright = 1, dark = 0.</source>
        <translation>MNIST と同じ前処理：インク部分を切り出し、形を保ったまま 20×20 に収まるよう縮小し、重心（オレンジの十字）が中央に来るよう 28×28 に配置します。最後の画像が 784 個の入力 x です（明るい = 1、暗い = 0）。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="379" />
        <source>Look Inside</source>
        <translation>ネットワークの中</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/draw_tab.py" line="380" />
        <source>My Digits</source>
        <translation>マイ数字</translation>
    </message>
</context>
<context>
    <name>InsideView</name>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="185" />
        <source>%1. %2 — %3 units, max |h| %4, %5 &gt; 0</source>
        <translation>%1. %2 — %3 ユニット、最大 |h| %4、正の値 %5 個</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="189" />
        <source>Output y = softmax(u)</source>
        <translation>出力 y = softmax(u)</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="196" />
        <source>Saliency ∂u&lt;sub&gt;%1&lt;/sub&gt;/∂x: how the score u&lt;sub&gt;%1&lt;/sub&gt; of the predicted digit %1 changes with each input pixel, by backpropagation of a one-hot dout. &lt;span style='color:#0877bd'&gt;&lt;b&gt;Blue&lt;/b&gt;&lt;/span&gt;: more ink here would raise it; &lt;span style='color:#e07b00'&gt;&lt;b&gt;orange&lt;/b&gt;&lt;/span&gt;: would lower it.</source>
        <translation>サリエンシー ∂u&lt;sub&gt;%1&lt;/sub&gt;/∂x：予測した数字 %1 のスコア u&lt;sub&gt;%1&lt;/sub&gt; が各入力ピクセルでどう変わるか。one-hot の dout を逆伝播して求めます。&lt;span style='color:#0877bd'&gt;&lt;b&gt;青&lt;/b&gt;&lt;/span&gt;：ここにインクが増えるとスコアが上がる、&lt;span style='color:#e07b00'&gt;&lt;b&gt;オレンジ&lt;/b&gt;&lt;/span&gt;：下がる。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="204" />
        <source>Saliency ∂u&lt;sub&gt;c&lt;/sub&gt;/∂x: once you draw, which pixels push the score of the predicted digit c up (blue) or down (orange).</source>
        <translation>サリエンシー ∂u&lt;sub&gt;c&lt;/sub&gt;/∂x：数字を書くと、予測した数字 c のスコアを上げるピクセル（青）と下げるピクセル（オレンジ）が表示されます。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="209" />
        <source>Which pixels matter (saliency map)</source>
        <translation>どのピクセルが効いているか（サリエンシーマップ）</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="210" />
        <source>Activations, layer by layer (forward pass)</source>
        <translation>層ごとの出力（順伝播）</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="212" />
        <source>Each cell is one unit's output h for this drawing: blue positive, orange negative, white zero; each layer is scaled to its own largest |h|.</source>
        <translation>1 マスが 1 ユニットの出力 h です。青は正、オレンジは負、白は 0。各層ごとに最大の |h| で色を正規化しています。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/inside_view.py" line="214" />
        <source>Draw a digit to see the network's activations.</source>
        <translation>数字を書くと各層の出力が表示されます。</translation>
    </message>
</context>
<context>
    <name>MnistExamples</name>
    <message>
        <location filename="../../../ui/draw/mnist_examples.py" line="108" />
        <source>MNIST's handwritten digits, which the network learnt from, look like this:</source>
        <translation>ネットワークが学習した MNIST の手書き数字はこんな形です：</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/mnist_examples.py" line="111" />
        <source>How MNIST writes a %1 (test-set examples):</source>
        <translation>MNIST の「%1」の書き方（テストデータの例）：</translation>
    </message>
</context>
<context>
    <name>ModelBar</name>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="110" />
        <source>none loaded</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="116" />
        <source>test accuracy %1</source>
        <translation>テスト正解率 %1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="117" />
        <source>test accuracy not recorded</source>
        <translation>テスト正解率の記録なし</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="119" />
        <source>the model bundled with NN Lab</source>
        <translation>NN Lab 同梱のモデル</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="120" />
        <source>the app's current model (trained or opened)</source>
        <translation>アプリの現在のモデル（学習または読み込み）</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="121" />
        <source>from %1</source>
        <translation>ファイル %1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="127" />
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="128" />
        <source>Open Model…</source>
        <translation>モデルを開く…</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="129" />
        <source>Read digits with a model file (.npz) saved by NN Lab</source>
        <translation>NN Lab で保存したモデルファイル (.npz) で数字を読む</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/model_bar.py" line="130" />
        <source>Use Bundled Model</source>
        <translation>同梱モデルを使う</translation>
    </message>
</context>
<context>
    <name>MyDigitsPanel</name>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="241" />
        <source>Could not save your digits in %1: %2</source>
        <translation>マイ数字を %1 に保存できません：%2</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="255" />
        <source>Added as a %1.</source>
        <translation>「%1」として追加しました。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="290" />
        <source>%1 digits in your set (label: count) %2</source>
        <translation>セットに %1 個（ラベル:個数）%2</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="293" />
        <source>Your set is empty.</source>
        <translation>セットは空です。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="299" />
        <source>No model to evaluate.</source>
        <translation>評価するモデルがありません。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="304" />
        <source>The model reads &lt;b&gt;%1 of %2&lt;/b&gt; correctly (%3).</source>
        <translation>モデルは &lt;b&gt;%2 個中 %1 個&lt;/b&gt;を正しく認識しました（%3）。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="309" />
        <source>Misread (label → read as):</source>
        <translation>誤認識（ラベル → 認識結果）：</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="309" />
        <source>None misread.</source>
        <translation>誤認識はありません。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="313" />
        <source>Labelled %1, read as %2 (%3)</source>
        <translation>ラベル %1、認識結果 %2（%3）</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="336" />
        <source>Exported %1 digits to %2.</source>
        <translation>%1 個を %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="346" />
        <source>Import failed, your set is unchanged: %1</source>
        <translation>読み込みに失敗しました。セットは変更されていません：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="352" />
        <source>Imported %1 digits.</source>
        <translation>%1 個を読み込みました。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="356" />
        <source>Export my digits to a folder</source>
        <translation>マイ数字をフォルダに書き出す</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="361" />
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="362" />
        <source>%1 already exists in this folder. Replace it?</source>
        <translation>このフォルダにはすでに %1 があります。置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="368" />
        <source>Export failed: %1</source>
        <translation>書き出しに失敗しました：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="372" />
        <source>Import digits: choose the images file (…-images-idx3-ubyte)</source>
        <translation>数字の読み込み：画像ファイル（…-images-idx3-ubyte）を選択</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="373" />
        <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>IDX 画像 (*idx3-ubyte *idx3-ubyte.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="379" />
        <source>Choose the matching labels file (…-labels-idx1-ubyte)</source>
        <translation>対応するラベルファイル（…-labels-idx1-ubyte）を選択</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="381" />
        <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
        <translation>IDX ラベル (*idx1-ubyte *idx1-ubyte.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="389" />
        <source>Clear my digits?</source>
        <translation>マイ数字を消去しますか？</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="390" />
        <source>Remove all %1 digits from your set? This cannot be undone.</source>
        <translation>セットの %1 個をすべて削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="403" />
        <source>My digits</source>
        <translation>マイ数字</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="405" />
        <source>Build your own test set: draw a digit, then click its label to add the 28×28 image the network sees. Export it as an MNIST-style IDX pair to test a model in the Train tab.</source>
        <translation>自分だけのテストセットを作れます。数字を書いてラベルのボタンを押すと、ネットワークが見る 28×28 の画像が追加されます。MNIST 形式の IDX ファイルに書き出せば、学習タブでモデルのテストに使えます。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="408" />
        <source>Saved in %1</source>
        <translation>保存先：%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="409" />
        <source>Add as:</source>
        <translation>追加するラベル：</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="411" />
        <source>Add the drawing to my digits, labelled %1</source>
        <translation>この手書きをラベル %1 としてマイ数字に追加</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="412" />
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="413" />
        <source>read as</source>
        <translation>認識結果</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="415" />
        <source>Remove Last</source>
        <translation>最後を削除</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="416" />
        <source>Clear Set…</source>
        <translation>セットを消去…</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="417" />
        <source>Import IDX…</source>
        <translation>IDX を読み込む…</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="418" />
        <source>Export IDX…</source>
        <translation>IDX に書き出す…</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/my_digits.py" line="420" />
        <source>Your saved digits could not be read (%1); they were kept as .bad files and a new set was started.</source>
        <translation>保存済みのマイ数字を読み込めませんでした（%1）。ファイルは .bad として残し、新しいセットを始めました。</translation>
    </message>
</context>
<context>
    <name>PredictionPanel</name>
    <message>
        <location filename="../../../ui/draw/probabilities.py" line="149" />
        <source>The network reads a &lt;b&gt;%1&lt;/b&gt; with %2 confidence.</source>
        <translation>ネットワークは &lt;b&gt;%1&lt;/b&gt; と読みました（確信度 %2）。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/probabilities.py" line="152" />
        <source>No model</source>
        <translation>モデルなし</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/probabilities.py" line="153" />
        <source>Open a model file, or train one in the Train tab, to see what a network reads.</source>
        <translation>モデルファイルを開くか、学習タブでモデルを学習すると、認識結果が表示されます。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/probabilities.py" line="156" />
        <source>Draw a digit</source>
        <translation>数字を書いてください</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/probabilities.py" line="157" />
        <source>One digit, 0 to 9, on the canvas: the prediction updates as you draw.</source>
        <translation>キャンバスに 0〜9 の数字を 1 つ。書いている間も予測が更新されます。</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/probabilities.py" line="161" />
        <source>Probability of each digit (softmax output y)</source>
        <translation>各数字の確率（ソフトマックスの出力 y）</translation>
    </message>
</context>
<context>
    <name>PreprocessView</name>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="129" />
        <source>box %1×%2 px</source>
        <translation>枠 %1×%2 px</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="131" />
        <source>scale ×%1</source>
        <translation>倍率 ×%1</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="135" />
        <source>moved by %1, %2 px</source>
        <translation>移動 %1, %2 px</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="139" />
        <source>1. Ink and box</source>
        <translation>1. インクと枠</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="139" />
        <source>2. Cropped</source>
        <translation>2. 切り出し</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="140" />
        <source>3. Fit in 20×20</source>
        <translation>3. 20×20 に縮小</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="140" />
        <source>4. Centred, 28×28</source>
        <translation>4. 重心で 28×28</translation>
    </message>
    <message>
        <location filename="../../../ui/draw/preprocess_view.py" line="144" />
        <source>Exactly the 784 numbers the network receives. The orange cross is the centre of mass, moved to the middle of the 28×28 field as in MNIST.</source>
        <translation>ネットワークが受け取る 784 個の数値そのものです。オレンジの十字は重心で、MNIST と同じく 28×28 の中央に移動しています。</translation>
    </message>
</context>
</TS>