<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>AccuracyPlot</name>
        <message>
            <source>accuracy (%)</source>
            <translation>正解率（%）</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>training data</source>
            <translation>訓練データ</translation>
        </message>
        <message>
            <source>test data</source>
            <translation>テストデータ</translation>
        </message>
    </context>
    <context>
        <name>ActivationHistograms</name>
        <message>
            <source>layer %1</source>
            <translation>第 %1 層</translation>
        </message>
        <message>
            <source>your guess</source>
            <translation>あなたの予測</translation>
        </message>
        <message>
            <source>mean %1 · std %2</source>
            <translation>平均 %1 · 標準偏差 %2</translation>
        </message>
        <message>
            <source>zeros %1 %</source>
            <translation>0 の割合 %1 %</translation>
        </message>
        <message>
            <source>Expected: the outputs pile up at the ends, where the derivative is ≈ 0, so gradients vanish. Layer %1: %2 % of its outputs are within 5 % of the ends.</source>
            <translation>見てほしいこと：出力が両端に集まり、そこでは微分が ≈ 0 なので勾配が消えます。第 %1 層：出力の %2 % が両端から 5 % 以内にあります。</translation>
        </message>
        <message>
            <source>Expected: every output near %1, all units alike — expressiveness lost. Layer %2: mean %3, std %4.</source>
            <translation>見てほしいこと：どの出力も %1 付近で、どのユニットも同じ — 表現力が失われています。第 %2 層：平均 %3、標準偏差 %4。</translation>
        </message>
        <message>
            <source>Expected: with ReLU the outputs shrink layer by layer towards 0. std: layer 1 %1, layer %2 %3.</source>
            <translation>見てほしいこと：ReLU では出力が層ごとに 0 へ縮んでいきます。標準偏差：第 1 層 %1、第 %2 層 %3。</translation>
        </message>
        <message>
            <source>Expected: He keeps the spread in every layer; Xavier lets it shrink with ReLU. std: layer 1 %1, layer %2 %3.</source>
            <translation>見てほしいこと：He ではどの層でも広がりが保たれ、Xavier では ReLU で広がりが縮んでいきます。標準偏差：第 1 層 %1、第 %2 層 %3。</translation>
        </message>
        <message>
            <source>Expected: Xavier (or He) keeps the outputs spread without piling up at the ends. Layer %1: std %2, %3 % at the ends.</source>
            <translation>見てほしいこと：Xavier（や He）では出力が両端に集まらずに広がります。第 %1 層：標準偏差 %2、両端に %3 %。</translation>
        </message>
        <message>
            <source>✓ as in the book.</source>
            <translation>✓ 本のとおりです。</translation>
        </message>
        <message>
            <source>✗ not what the book shows here.</source>
            <translation>✗ ここでは本のようにはなりませんでした。</translation>
        </message>
        <message>
            <source>Type a number, e.g. 0.3.</source>
            <translation>数値を入力してください（例：0.3）。</translation>
        </message>
        <message>
            <source>✓ Right: layer 5's mean is %1.</source>
            <translation>✓ 正解：第 5 層の平均は %1 です。</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. With tiny weights every total input u is close to 0: what is σ(0)? Try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。重みがとても小さいと総入力 u はどれも 0 に近くなります。σ(0) はいくつでしょう？ もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>Layer 5's mean is %1: σ(0) = 0.5.</source>
            <translation>第 5 層の平均は %1 です：σ(0) = 0.5。</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>活性化関数</translation>
        </message>
        <message>
            <source>Initial weights</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>層の数</translation>
        </message>
        <message>
            <source>σ = 1</source>
            <translation>σ = 1</translation>
        </message>
        <message>
            <source>σ = 0.01</source>
            <translation>σ = 0.01</translation>
        </message>
        <message>
            <source>Xavier 1/√n</source>
            <translation>Xavier 1/√n</translation>
        </message>
        <message>
            <source>He √(2/n)</source>
            <translation>He √(2/n)</translation>
        </message>
        <message>
            <source>The book:</source>
            <translation>本の例：</translation>
        </message>
        <message>
            <source>%1 with initial weights %2</source>
            <translation>%1、重みの初期値 %2</translation>
        </message>
    </context>
    <context>
        <name>ActivationsPage</name>
        <message>
            <source>Derivative: %1</source>
            <translation>微分：%1</translation>
        </message>
        <message>
            <source>The functions and their derivatives</source>
            <translation>関数とその微分</translation>
        </message>
        <message>
            <source>Without an activation</source>
            <translation>活性化関数なし</translation>
        </message>
        <message>
            <source>Show the others faintly</source>
            <translation>ほかの関数も薄く表示</translation>
        </message>
        <message>
            <source>max 0.25</source>
            <translation>最大 0.25</translation>
        </message>
        <message>
            <source>Move the mouse over a plot to read h(u) and h′(u)</source>
            <translation>グラフの上にマウスを置くと h(u) と h′(u) を読めます</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Open Model</source>
            <translation>モデルを開く</translation>
        </message>
        <message>
            <source>Could not open the model “%1”:</source>
            <translation>モデル「%1」を開けませんでした：</translation>
        </message>
        <message>
            <source>Model loaded: %1</source>
            <translation>モデルを読み込みました：%1</translation>
        </message>
        <message>
            <source>Unexpected Error</source>
            <translation>予期しないエラー</translation>
        </message>
        <message>
            <source>Something went wrong, but NN Lab is still running. You may want to save your design.</source>
            <translation>問題が発生しましたが、NN Lab は動作を続けています。念のためネットワークを保存してください。</translation>
        </message>
    </context>
    <context>
        <name>ArrayTableModel</name>
        <message>
            <source>Hidden until you predict it</source>
            <translation>予測するまで隠しています</translation>
        </message>
        <message>
            <source>Double-click to change it.</source>
            <translation>ダブルクリックで値を変更できます。</translation>
        </message>
    </context>
    <context>
        <name>ArrayView</name>
        <message>
            <source>Hover to read a value; click to pick an element.</source>
            <translation>ポインタを重ねると値を表示、クリックで要素を選択します。</translation>
        </message>
        <message>
            <source>Hidden until you predict it.</source>
            <translation>予測するまで隠しています。</translation>
        </message>
    </context>
    <context>
        <name>BatchNormExperiment</name>
        <message>
            <source>Training… each chart fills in as its runs finish.</source>
            <translation>学習中です…各グラフは学習が終わるたびに描かれます。</translation>
        </message>
        <message>
            <source>Stopped before every run finished: press Run again.</source>
            <translation>すべての学習が終わる前に中断しました。もう一度実行してください。</translation>
        </message>
        <message>
            <source>Run the experiment ▶</source>
            <translation>実験を実行 ▶</translation>
        </message>
        <message>
            <source>Make your prediction first</source>
            <translation>先に予想を選んでください</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>All 16 scales (the book's figure)</source>
            <translation>16 通りすべて（本の図）</translation>
        </message>
        <message>
            <source>Book's setting: 1000 training images, 784-100×5-10 ReLU, SGD lr 0.01, batch 100, %1 epochs; the initial weights are N(0, σ²). Shown: %2 of the book's 16 scales (tick the box for all 16, about four times as long).</source>
            <translation>本の設定：訓練画像 1000 枚、784-100×5-10 ReLU、SGD 学習率 0.01、バッチ 100、%1 エポック。重みの初期値は N(0, σ²)。表示：本の 16 通りのスケールのうち %2 通り（チェックすると 16 通りすべて。約 4 倍の時間がかかります）。</translation>
        </message>
        <message>
            <source>Training accuracy per epoch — solid blue: with BatchNorm; dashed orange: without (✗ where a run diverged).</source>
            <translation>エポックごとの訓練データの認識精度 — 青の実線：バッチ正規化あり、オレンジの破線：なし（✗ は発散した位置）。</translation>
        </message>
    </context>
    <context>
        <name>BatchNormSteps</name>
        <message>
            <source>Predict μ₁, the mean of unit 1 over the batch:</source>
            <translation>ユニット 1 のバッチ平均 μ₁ を予想してください：</translation>
        </message>
        <message>
            <source>your guess</source>
            <translation>あなたの予想</translation>
        </message>
        <message>
            <source>Type a number, e.g. 2.5.</source>
            <translation>数値を入力してください（例：2.5）。</translation>
        </message>
        <message>
            <source>✓ Right: μ₁ = %1</source>
            <translation>✓ 正解：μ₁ = %1</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. μ₁ is the plain average of unit 1's four values. Try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。μ₁ はユニット 1 の 4 つの値の単純な平均です。もう一度予想するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>μ₁ = %1</source>
            <translation>μ₁ = %1</translation>
        </message>
        <message>
            <source>μ₁, the mean of unit 1:</source>
            <translation>ユニット 1 の平均 μ₁：</translation>
        </message>
        <message>
            <source>A mini-batch of m = 4 samples, 2 units each. Press Next step.</source>
            <translation>m = 4 個のサンプル（各 2 ユニット）のミニバッチです。「次のステップ」を押してください。</translation>
        </message>
        <message>
            <source>unit %1</source>
            <translation>ユニット %1</translation>
        </message>
        <message>
            <source>Next step ▸</source>
            <translation>次のステップ ▸</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>scale γ (learned)</source>
            <translation>スケール γ（学習されるパラメータ）</translation>
        </message>
        <message>
            <source>shift β (learned)</source>
            <translation>シフト β（学習されるパラメータ）</translation>
        </message>
    </context>
    <context>
        <name>BinaryPanel</name>
        <message>
            <source>Binary classification (二値分類): one output unit, and the sigmoid turns its total input u into y, the probability that the answer is 1. SigmoidWithLoss pairs it with the cross-entropy error; its gradient is simply ∂L/∂u = y − t, as for softmax with cross-entropy. The loss grows without bound as a confident answer turns out wrong.</source>
            <translation>二値分類：出力ユニットは 1 つで、シグモイド関数が総入力 u を「答えが 1 である確率」y に変えます。SigmoidWithLoss はこれを交差エントロピー誤差と組み合わせたもので、勾配はソフトマックスと交差エントロピー誤差の場合と同じく ∂L/∂u = y − t と簡単になります。自信をもって出した答えが間違っていると、誤差は際限なく大きくなります。</translation>
        </message>
        <message>
            <source>correct label t</source>
            <translation>正解ラベル t</translation>
        </message>
        <message>
            <source>loss L</source>
            <translation>誤差 L</translation>
        </message>
    </context>
    <context>
        <name>ChoicePrediction</name>
        <message>
            <source>✓ Right: you predicted “%1”, and your run showed it.</source>
            <translation>✓ 正解：予想は「%1」で、あなたの実行結果もそのとおりでした。</translation>
        </message>
        <message>
            <source>✗ You predicted “%1”; your run showed “%2”.</source>
            <translation>✗ 予想は「%1」でしたが、あなたの実行結果は「%2」でした。</translation>
        </message>
    </context>
    <context>
        <name>CodePanel</name>
        <message>
            <source>NumPy (book style):</source>
            <translation>NumPy（本のスタイル）：</translation>
        </message>
        <message>
            <source>The code that computes this step</source>
            <translation>このステップを計算するコード</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>コード</translation>
        </message>
        <message>
            <source>Show the book-style NumPy lines that compute this step (該当するソースコード)</source>
            <translation>このステップを計算する本のスタイルの NumPy のコード（該当するソースコード）を表示します</translation>
        </message>
    </context>
    <context>
        <name>CollapsePanel</name>
        <message>
            <source>Two Affine layers with no activation between them: (xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + (b₁W₂ + b₂) — one Affine layer again. The plot follows x₁ from −3 to 3 with x₂ = 0.5: the stack is a straight line and the single layer lies on it; with ReLU between the layers the line bends. That bend is what a non-linear activation adds.</source>
            <translation>活性化関数をはさまない 2 つの Affine 層：(xW₁ + b₁)W₂ + b₂ = x(W₁W₂) + (b₁W₂ + b₂) で、やはり 1 つの Affine 層です。グラフは x₂ = 0.5 として x₁ を −3 から 3 まで動かしたものです。2 層を重ねても直線のままで、1 つの層の値もその上に乗ります。間に ReLU をはさむと線が折れ曲がります。この折れ曲がりこそが非線形な活性化関数の働きです。</translation>
        </message>
        <message>
            <source>New weights</source>
            <translation>別の重み</translation>
        </message>
        <message>
            <source>Affine → Affine</source>
            <translation>Affine → Affine</translation>
        </message>
        <message>
            <source>one Affine, W = W₁W₂</source>
            <translation>Affine 1 つ（W = W₁W₂）</translation>
        </message>
        <message>
            <source>Affine → ReLU → Affine</source>
            <translation>Affine → ReLU → Affine</translation>
        </message>
    </context>
    <context>
        <name>CompareButton</name>
        <message>
            <source>Compare… (runs differing in one setting)</source>
            <translation>比較…（1 つの設定だけ変えて学習）</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Open the Train tab's design first.</source>
            <translation>先に 学習タブでネットワークを用意してください。</translation>
        </message>
        <message>
            <source>Runs: %1</source>
            <translation>学習する条件：%1</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>%1 images, %2 epochs</source>
            <translation>画像 %1 枚、%2 エポック</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>中断</translation>
        </message>
        <message>
            <source>%1 failed</source>
            <translation>%1 件失敗</translation>
        </message>
        <message>
            <source>Save comparison</source>
            <translation>比較を保存</translation>
        </message>
        <message>
            <source>Open comparison</source>
            <translation>比較を開く</translation>
        </message>
        <message>
            <source>Compare runs</source>
            <translation>学習の比較</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比べる設定</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>訓練画像</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>エポック数</translation>
        </message>
        <message>
            <source>The first N training images</source>
            <translation>訓練画像の先頭 N 枚</translation>
        </message>
        <message>
            <source>Run the comparison ▶</source>
            <translation>比較を実行 ▶</translation>
        </message>
        <message>
            <source>Finished comparisons</source>
            <translation>終わった比較</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>開く…</translation>
        </message>
        <message>
            <source>Every run starts from the Train tab's design and settings and changes only this one setting; they train one after another. Test accuracy: the first %1 test images.</source>
            <translation>どの学習も 学習タブのネットワークと設定から始め、この 1 つの設定だけを変えます。1 つずつ順に学習します。テストの認識精度：テスト画像の先頭 %1 枚。</translation>
        </message>
    </context>
    <context>
        <name>ComparisonChart</name>
        <message>
            <source>loss (moving average)</source>
            <translation>損失（移動平均）</translation>
        </message>
        <message>
            <source>iteration</source>
            <translation>イテレーション</translation>
        </message>
        <message>
            <source>accuracy %</source>
            <translation>認識精度 %</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>solid: test data · dashed: training data</source>
            <translation>実線：テストデータ · 破線：訓練データ</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <source>No comparison yet.</source>
            <translation>まだ比較はありません。</translation>
        </message>
        <message>
            <source>Training %1 of %2: %3</source>
            <translation>学習中 %1/%2：%3</translation>
        </message>
        <message>
            <source>All %1 runs done.</source>
            <translation>%1 回の学習がすべて終わりました。</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>開始しています…</translation>
        </message>
        <message>
            <source>Stopped: %1 of %2 runs done.</source>
            <translation>中断しました：%2 回のうち %1 回が終わっています。</translation>
        </message>
        <message>
            <source>Failed (NaN or divergence, not drawn as a result): %1</source>
            <translation>失敗（NaN または発散。結果としては扱いません）：%1</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>損失</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>認識精度</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
    </context>
    <context>
        <name>ConfusionMatrixView</name>
        <message>
            <source>The confusion matrix appears when training ends
(or press Evaluate).</source>
            <translation>混同行列は学習が終わると表示されます
（または「評価」を押してください）。</translation>
        </message>
        <message>
            <source>predicted →</source>
            <translation>予測 →</translation>
        </message>
        <message>
            <source>true label →</source>
            <translation>正解ラベル →</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>正解率</translation>
        </message>
        <message>
            <source>%1 test images of %2 classified as %3</source>
            <translation>%2 のテスト画像のうち %1 枚を %3 と分類</translation>
        </message>
    </context>
    <context>
        <name>ConvExtras</name>
        <message>
            <source>&lt;b&gt;im2col&lt;/b&gt;: col %1 — one row per window (N·OH·OW = %2), one column per filter weight (C·FH·FW = %3); col_W = W.reshape(FN, −1).T %4; u = col · col_W + b, reshaped to %5.</source>
            <translation>&lt;b&gt;im2col&lt;/b&gt;：col %1 — 窓ごとに 1 行（N·OH·OW = %2）、フィルターの重みごとに 1 列（C·FH·FW = %3）。col_W = W.reshape(FN, −1).T %4。u = col · col_W + b を %5 に整形します。</translation>
        </message>
        <message>
            <source>Row %1 (marked) is the window of the chosen element.</source>
            <translation>印の付いた %1 行目が、選んだ要素の窓です。</translation>
        </message>
    </context>
    <context>
        <name>ConvolutionPage</name>
        <message>
            <source>Step through</source>
            <translation>ステップ実行</translation>
        </message>
        <message>
            <source>Output size and im2col</source>
            <translation>出力サイズと im2col</translation>
        </message>
        <message>
            <source>Filters before and after training</source>
            <translation>学習前と学習後のフィルター</translation>
        </message>
        <message>
            <source>The example stepped through</source>
            <translation>ステップ実行する例</translation>
        </message>
    </context>
    <context>
        <name>CurvesPanel</name>
        <message>
            <source>Run %1 (%2)</source>
            <translation>実行 %1（%2）</translation>
        </message>
        <message>
            <source>Loss (cross-entropy error)</source>
            <translation>損失（交差エントロピー誤差）</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>正解率</translation>
        </message>
    </context>
    <context>
        <name>DescentPage</name>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Run again</source>
            <translation>もう一度実行</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>実行</translation>
        </message>
        <message>
            <source>Step %1 of %2 · last error E = ½(y − d)² = %3 · the net at x = (0.5, 0.5): y = %4 (f(x) = 2.5)</source>
            <translation>ステップ %1 / %2 · 直近の誤差 E = ½(y − d)² = %3 · x = (0.5, 0.5) でのネットワークの出力 y = %4（f(x) = 2.5）</translation>
        </message>
        <message>
            <source>dead ReLU units: %1 of %2</source>
            <translation>死んだ ReLU ユニット：%2 個中 %1 個</translation>
        </message>
        <message>
            <source>It happened at step %1 with learning rate %2: lower the rate and run again.</source>
            <translation>学習率 %2 でステップ %1 に発散しました。学習率を下げてもう一度実行してください。</translation>
        </message>
        <message>
            <source>Done: the average error fell from %1 (first 50 steps) to %2 (last 100).</source>
            <translation>完了：平均誤差は %1（最初の 50 ステップ）から %2（最後の 100 ステップ）に下がりました。</translation>
        </message>
        <message>
            <source>%1 of the %2 ReLU units are dead (u ≤ 0 for every x): they take no part.</source>
            <translation>ReLU ユニット %2 個のうち %1 個は死んでいます（どの x でも u ≤ 0）。学習に加わっていません。</translation>
        </message>
        <message>
            <source>Now raise the learning rate until the run diverges.</source>
            <translation>次は学習率を上げて、発散させてみましょう。</translation>
        </message>
        <message>
            <source>Done — but all %1 ReLU units are dead (dying ReLU): for every x in [0, 1]² each unit's total input u = xW₁ + b₁ is ≤ 0, so it outputs 0 and gets no gradient (ReLU′ = 0). The network now outputs the constant y = b₂ = %2 whatever x is (a flat line on the right), and its average error stays near %3: nothing learns any more. With learning rate %4, a few large early steps pushed every unit below 0. Lower the rate, or try sigmoid.</source>
            <translation>完了しましたが、%1 個の ReLU ユニットがすべて死んでいます（dying ReLU）。[0, 1]² のどの x でも各ユニットの総入力 u = xW₁ + b₁ が 0 以下なので、出力は 0 で勾配も届きません（ReLU′ = 0）。ネットワークは x に関係なく定数 y = b₂ = %2 を出力し（右のグラフの水平な線）、平均誤差は %3 付近のままです。もう何も学習しません。学習率 %4 では、最初の数回の大きな更新ですべてのユニットが 0 より下に押しやられました。学習率を下げるか、シグモイドを試しましょう。</translation>
        </message>
        <message>
            <source>Gradient descent</source>
            <translation>勾配降下法</translation>
        </message>
        <message>
            <source>Batch · mini-batch · stochastic</source>
            <translation>バッチ・ミニバッチ・確率的</translation>
        </message>
        <message>
            <source>learned y against f(x) on a grid</source>
            <translation>格子点上で学習した y と f(x) の比較</translation>
        </message>
        <message>
            <source>ε (learning rate)</source>
            <translation>ε（学習率）</translation>
        </message>
        <message>
            <source>ε in W ← W − ε∇E; the notes use 0.07</source>
            <translation>W ← W − ε∇E の ε（ノートでは 0.07）</translation>
        </message>
        <message>
            <source>Set the learning rate to %1</source>
            <translation>学習率を %1 にする</translation>
        </message>
        <message>
            <source>try:</source>
            <translation>例：</translation>
        </message>
        <message>
            <source>Hidden activation</source>
            <translation>中間層の活性化関数</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>対数目盛</translation>
        </message>
        <message>
            <source>step (one random sample each)</source>
            <translation>ステップ（毎回ランダムな 1 サンプル）</translation>
        </message>
        <message>
            <source>error E</source>
            <translation>誤差 E</translation>
        </message>
    </context>
    <context>
        <name>DesignDocument</name>
        <message>
            <source>Untitled</source>
            <translation>無題</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>テンプレートから新規作成</translation>
        </message>
        <message>
            <source>The template could not be loaded: %1</source>
            <translation>テンプレートを読み込めませんでした：%1</translation>
        </message>
        <message>
            <source>Load template “%1”</source>
            <translation>テンプレート「%1」の読み込み</translation>
        </message>
        <message>
            <source>Open Design</source>
            <translation>ネットワークを開く</translation>
        </message>
        <message>
            <source>Could not open “%1”.</source>
            <translation>「%1」を開けませんでした。</translation>
        </message>
        <message>
            <source>Save Design As</source>
            <translation>名前を付けてネットワークを保存</translation>
        </message>
        <message>
            <source>Save Design</source>
            <translation>ネットワークの保存</translation>
        </message>
        <message>
            <source>Could not save “%1”: %2</source>
            <translation>「%1」を保存できませんでした：%2</translation>
        </message>
        <message>
            <source>The design “%1” has unsaved changes. Save them?</source>
            <translation>ネットワーク「%1」には保存していない変更があります。保存しますか？</translation>
        </message>
        <message>
            <source>If you don't, NN Lab still restores the design next time, but the file is not updated.</source>
            <translation>保存しなくても次回の起動時にこのネットワークは復元されますが、ファイルは更新されません。</translation>
        </message>
        <message>
            <source>Unsaved Changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>NN Lab designs (*.nnlab.json);;JSON files (*.json);;All files (*)</source>
            <translation>NN Lab ネットワーク (*.nnlab.json);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>ファイルを読めません：%1</translation>
        </message>
        <message>
            <source>It is not a text file (it cannot be read as UTF-8).</source>
            <translation>テキストファイルではありません（UTF-8 として読めません）。</translation>
        </message>
        <message>
            <source>It is not an NN Lab network: it has neither a "layers" list nor "format": "nnlab.network/1".</source>
            <translation>NN Lab のネットワーク定義ではありません（"layers" のリストも "format": "nnlab.network/1" もありません）。</translation>
        </message>
    </context>
    <context>
        <name>DesignStepPage</name>
        <message>
            <source>network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>第 %1 層</translation>
        </message>
        <message>
            <source>There is no design yet. Build a network in the Designer tab, then come back here to step through it.</source>
            <translation>まだネットワークがありません。Designer タブでネットワークを組み立ててから、ここで 1 ステップずつ実行してください。</translation>
        </message>
        <message>
            <source>This design cannot be stepped through yet. Fix these problems in the Designer:</source>
            <translation>このネットワークはまだステップ実行できません。Designer で次の問題を直してください：</translation>
        </message>
        <message>
            <source>%1 — sample: %2</source>
            <translation>%1 — サンプル：%2</translation>
        </message>
    </context>
    <context>
        <name>DesignerTab</name>
        <message>
            <source>Design from a lesson: %1</source>
            <translation>レッスンからのネットワーク：%1</translation>
        </message>
        <message>
            <source>Total: %1 trainable parameters (weights and biases)</source>
            <translation>パラメータ総数：%1（重みとバイアス）</translation>
        </message>
        <message>
            <source>Initial weights (seed 0): blue positive, orange negative, thicker = larger |w|. Click a layer to select it.</source>
            <translation>重みの初期値（seed 0）：青は正、オレンジは負、太いほど |w| が大きい。層をクリックすると選択できます。</translation>
        </message>
        <message>
            <source>One box per layer; its height grows with the size of its output. Click a layer to select it.</source>
            <translation>1 つの箱が 1 つの層です。箱の高さは出力の大きさを表します。層をクリックすると選択できます。</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>元に戻す：%1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>やり直す：%1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>層の構成</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>問題点</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>プロパティ</translation>
        </message>
        <message>
            <source>Diagram</source>
            <translation>ネットワーク図</translation>
        </message>
        <message>
            <source>New from Template</source>
            <translation>テンプレートから新規作成</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>テンプレートから新規作成(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Duplicate Layer</source>
            <translation>層を複製(&amp;D)</translation>
        </message>
        <message>
            <source>Duplicate the selected layer (Ctrl+D)</source>
            <translation>選択した層を複製します（Ctrl+D）</translation>
        </message>
        <message>
            <source>&amp;Remove Layer</source>
            <translation>層を削除(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected layer (Delete)</source>
            <translation>選択した層を削除します（Delete）</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>上へ移動(&amp;U)</translation>
        </message>
        <message>
            <source>Move the selected layer up (Ctrl+Up)</source>
            <translation>選択した層を上へ移動します（Ctrl+↑）</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>下へ移動(&amp;D)</translation>
        </message>
        <message>
            <source>Move the selected layer down (Ctrl+Down)</source>
            <translation>選択した層を下へ移動します（Ctrl+↓）</translation>
        </message>
    </context>
    <context>
        <name>DrawTab</name>
        <message>
            <source>This model cannot read drawn digits: %1</source>
            <translation>このモデルでは手書き数字を読めません：%1</translation>
        </message>
        <message>
            <source>Cannot open the model: %1</source>
            <translation>モデルを開けません：%1</translation>
        </message>
        <message>
            <source>The bundled model (%1) is not there yet. Open a model file, or train one in the Train tab and send it here.</source>
            <translation>同梱モデル（%1）はまだありません。モデルファイルを開くか、学習タブで学習したモデルをここに送ってください。</translation>
        </message>
        <message>
            <source>Cannot open the bundled model: %1</source>
            <translation>同梱モデルを開けません：%1</translation>
        </message>
        <message>
            <source>Open a model</source>
            <translation>モデルを開く</translation>
        </message>
        <message>
            <source>NN Lab models (*.npz);;All files (*)</source>
            <translation>NN Lab モデル (*.npz);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Small digit: scaled up to 20×20, its strokes become blobs (they often read as 8). Draw it bigger, to fill the dashed box, or pick a thinner pen.</source>
            <translation>数字が小さすぎます：20×20 に拡大すると線が太い塊になり、よく「8」と読まれます。点線の枠いっぱいに大きく書くか、ペンを細くしてください。</translation>
        </message>
        <message>
            <source>Keys while the canvas has focus: Delete, Backspace or C clears, Ctrl+Z undoes the last stroke or Clear. A tablet pen's pressure changes the width a little.</source>
            <translation>キャンバス選択中のキー：Delete・Backspace・C で消去、Ctrl+Z で最後のストロークや消去を取り消し。ペンタブレットでは筆圧で太さが少し変わります。</translation>
        </message>
        <message>
            <source>width %1 px</source>
            <translation>太さ %1 px</translation>
        </message>
        <message>
            <source>Your drawing</source>
            <translation>あなたの手書き</translation>
        </message>
        <message>
            <source>Draw a digit here</source>
            <translation>ここに数字を書いてください</translation>
        </message>
        <message>
            <source>Pen</source>
            <translation>ペン</translation>
        </message>
        <message>
            <source>Draw with the pen</source>
            <translation>ペンで書く</translation>
        </message>
        <message>
            <source>Eraser</source>
            <translation>消しゴム</translation>
        </message>
        <message>
            <source>Erase with the same width</source>
            <translation>同じ太さで消す</translation>
        </message>
        <message>
            <source>Pen width in canvas pixels (the canvas is %1 px wide)</source>
            <translation>ペンの太さ（キャンバスのピクセル単位。キャンバスの幅は %1 px）</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Undo the last stroke or Clear (Ctrl+Z)</source>
            <translation>最後のストロークや消去を取り消す (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>消去</translation>
        </message>
        <message>
            <source>Clear the canvas (Delete)</source>
            <translation>キャンバスを消去 (Delete)</translation>
        </message>
        <message>
            <source>What the network reads</source>
            <translation>ネットワークの認識結果</translation>
        </message>
        <message>
            <source>What the network sees</source>
            <translation>ネットワークが見る画像</translation>
        </message>
        <message>
            <source>MNIST's recipe: crop the ink, scale it to fit 20×20 keeping its shape, then place it in 28×28 with its centre of mass (orange cross) in the middle. The last image is the 784 inputs x: bright = 1, dark = 0.</source>
            <translation>MNIST と同じ前処理：インク部分を切り出し、形を保ったまま 20×20 に収まるよう縮小し、重心（オレンジの十字）が中央に来るよう 28×28 に配置します。最後の画像が 784 個の入力 x です（明るい = 1、暗い = 0）。</translation>
        </message>
        <message>
            <source>Look Inside</source>
            <translation>ネットワークの中</translation>
        </message>
        <message>
            <source>My Digits</source>
            <translation>マイ数字</translation>
        </message>
    </context>
    <context>
        <name>DrawingCanvas</name>
        <message>
            <source>Erase</source>
            <translation>消しゴム</translation>
        </message>
        <message>
            <source>Stroke</source>
            <translation>ストローク</translation>
        </message>
        <message>
            <source>Clear Drawing</source>
            <translation>手書きの消去</translation>
        </message>
    </context>
    <context>
        <name>EditHistory</name>
        <message>
            <source>Value Edit</source>
            <translation>値の編集</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>Weight Update</source>
            <translation>重みの更新</translation>
        </message>
        <message>
            <source>Backward Step through %1</source>
            <translation>%1 の逆伝播ステップ</translation>
        </message>
        <message>
            <source>Forward Step through %1</source>
            <translation>%1 の順伝播ステップ</translation>
        </message>
        <message>
            <source>Stroke</source>
            <translation>ストローク</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>元に戻す：%1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>やり直す：%1(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>ExportMenu</name>
        <message>
            <source>E&amp;xport</source>
            <translation>エクスポート(&amp;X)</translation>
        </message>
        <message>
            <source>Trained Model as &amp;PyTorch…</source>
            <translation>学習済みモデルを PyTorch のコードに(&amp;P)…</translation>
        </message>
        <message>
            <source>Trained Model as &amp;NumPy…</source>
            <translation>学習済みモデルを NumPy のコードに(&amp;N)…</translation>
        </message>
        <message>
            <source>Design as &amp;PyTorch…</source>
            <translation>デザインを PyTorch のコードに(&amp;P)…</translation>
        </message>
        <message>
            <source>Design as &amp;NumPy…</source>
            <translation>デザインを NumPy のコードに(&amp;N)…</translation>
        </message>
        <message>
            <source>Save the &amp;Weights Next to the Code</source>
            <translation>重みをコードと同じフォルダーに保存(&amp;W)</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>エクスポートするものがありません</translation>
        </message>
        <message>
            <source>There is no trained model yet. Train a network or open a model on this tab first, or export the design from the Designer tab.</source>
            <translation>学習済みのモデルがまだありません。先にこのタブでネットワークを学習させるかモデルを開いてください。デザインはデザイナータブからエクスポートできます。</translation>
        </message>
        <message>
            <source>Export as %1</source>
            <translation>%1 のコードとしてエクスポート</translation>
        </message>
        <message>
            <source>Python files (*.py)</source>
            <translation>Python ファイル (*.py)</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>エクスポートできませんでした</translation>
        </message>
        <message>
            <source>Exported %1 (%2) with its weights in %3.</source>
            <translation>%1（%2）をエクスポートし、重みを %3 に保存しました。</translation>
        </message>
        <message>
            <source>Exported %1 (%2); it loads the weights from %3.</source>
            <translation>%1（%2）をエクスポートしました。重みは %3 から読み込みます。</translation>
        </message>
        <message>
            <source>Exported %1 (%2); it starts from NN Lab's initial weights.</source>
            <translation>%1（%2）をエクスポートしました。NN Lab の重みの初期値から始めます。</translation>
        </message>
    </context>
    <context>
        <name>FilterCompare</name>
        <message>
            <source>batch %v of %m · loss %1</source>
            <translation>バッチ %v / %m · 損失 %1</translation>
        </message>
        <message>
            <source>Before training: random filters (Gaussian, σ = 0.01, as in the book)</source>
            <translation>学習前：ランダムなフィルター（本と同じ標準偏差 0.01 のガウス分布）</translation>
        </message>
        <message>
            <source>After training: SimpleConvNet trained here for one epoch on 6,000 images</source>
            <translation>学習後：ここで 6,000 枚・1 エポック学習した SimpleConvNet</translation>
        </message>
        <message>
            <source>After training</source>
            <translation>学習後</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>学習中…</translation>
        </message>
        <message>
            <source>Train SimpleConvNet here (1 epoch, 6,000 images)</source>
            <translation>ここで SimpleConvNet を学習（1 エポック、6,000 枚）</translation>
        </message>
        <message>
            <source>The training stopped: %1</source>
            <translation>学習が止まりました：%1</translation>
        </message>
        <message>
            <source>Trained filters respond to edges and blobs: blue where a bright pixel raises the output, orange where it lowers it (each filter is scaled to its own largest weight).</source>
            <translation>学習後のフィルターはエッジやブロブ（局所的な塊）に反応します。青は明るい画素が出力を上げる位置、オレンジは下げる位置です（フィルターごとに最大の重みに合わせて表示）。</translation>
        </message>
        <message>
            <source>Train SimpleConvNet here for a few seconds to see its learned filters.</source>
            <translation>ここで SimpleConvNet を数秒学習すると、学習したフィルターを見られます。</translation>
        </message>
        <message>
            <source>After training: the same SimpleConvNet after %1 epochs of %2 — %3 % right on the test set</source>
            <translation>学習後：同じ SimpleConvNet を %2 で %1 エポック学習したもの（テストデータの正解率 %3 %）</translation>
        </message>
        <message>
            <source>After training: the same SimpleConvNet, trained on MNIST</source>
            <translation>学習後：同じ SimpleConvNet を MNIST で学習したもの</translation>
        </message>
    </context>
    <context>
        <name>GatesPage</name>
        <message>
            <source>This perceptron is %1: every row matches.</source>
            <translation>このパーセプトロンは %1 です。すべての行が一致しています。</translation>
        </message>
        <message>
            <source>No weights can fix this: XOR's ones and zeros sit on opposite corners, and no single straight line separates them. Two layers can — see the right.</source>
            <translation>どんな重みでも直せません。XOR の 1 と 0 は向かい合う角にあり、1 本の直線では分けられないからです。2 層ならできます（右側を見てください）。</translation>
        </message>
        <message>
            <source>Adjust w₁, w₂ or b: the line must separate the ones from the zeros.</source>
            <translation>w₁・w₂・b を調整してください。直線が 1 と 0 を分けなければなりません。</translation>
        </message>
        <message>
            <source>Two layers compute XOR: s₁ = NAND(x) and s₂ = OR(x) make a new space in which one more perceptron, AND, separates the rows.</source>
            <translation>2 層で XOR を計算できます。s₁ = NAND(x) と s₂ = OR(x) が新しい空間を作り、その中ではもう 1 つのパーセプトロン（AND）で行を分けられます。</translation>
        </message>
        <message>
            <source>The three perceptrons no longer make NAND, OR and AND.</source>
            <translation>3 つのパーセプトロンが NAND・OR・AND になっていません。</translation>
        </message>
        <message>
            <source>Wrong on 1 row.</source>
            <translation>1 行が違います。</translation>
        </message>
        <message>
            <source>Wrong on %1 rows.</source>
            <translation>%1 行が違います。</translation>
        </message>
        <message>
            <source>One perceptron: y = step(w₁x₁ + w₂x₂ + b)</source>
            <translation>1 層のパーセプトロン：y = step(w₁x₁ + w₂x₂ + b)</translation>
        </message>
        <message>
            <source>Two layers: XOR = AND(NAND(x), OR(x))</source>
            <translation>2 層：XOR = AND(NAND(x), OR(x))</translation>
        </message>
        <message>
            <source>Target gate</source>
            <translation>作るゲート</translation>
        </message>
        <message>
            <source>Book's weights</source>
            <translation>本の重み</translation>
        </message>
        <message>
            <source>Load the book's weights for this gate (for XOR: OR's, which get three rows of four)</source>
            <translation>このゲートの本の重みを読み込みます（XOR では OR の重み。4 行中 3 行が合います）</translation>
        </message>
        <message>
            <source>w·x + b</source>
            <translation>w·x + b</translation>
        </message>
        <message>
            <source>target</source>
            <translation>正解</translation>
        </message>
        <message>
            <source>Layer 1: s₁ = NAND</source>
            <translation>第 1 層：s₁ = NAND</translation>
        </message>
        <message>
            <source>Layer 1: s₂ = OR</source>
            <translation>第 1 層：s₂ = OR</translation>
        </message>
        <message>
            <source>Layer 2: y = AND(s₁, s₂)</source>
            <translation>第 2 層：y = AND(s₁, s₂)</translation>
        </message>
        <message>
            <source>Filled dots should output 1, open dots 0. The blue line is w₁x₁ + w₂x₂ + b = 0; the shaded side outputs 1.</source>
            <translation>塗りつぶした点は 1、白抜きの点は 0 を出力すべき入力です。青い線が w₁x₁ + w₂x₂ + b = 0 で、色の付いた側が 1 を出力します。</translation>
        </message>
    </context>
    <context>
        <name>GettingStarted</name>
        <message>
            <source>Welcome to NN Lab</source>
            <translation>NN Lab へようこそ</translation>
        </message>
        <message>
            <source>NN Lab teaches neural networks from scratch, as ゼロから作るDeep Learning and the JDLA E資格 notes do: you build a network, walk one sample through it a layer at a time, train it on MNIST and test it with digits you draw. Four tabs, one for each; this tour shows them in a minute.</source>
            <translation>NN Lab では、ゼロから作るDeep Learning と JDLA E資格の講義ノートと同じ順にニューラルネットワークを学びます。ネットワークを組み立て、1 つのサンプルを 1 層ずつ通し、MNIST で学習させ、自分で描いた数字で試します。それぞれに 1 つずつ、4 つのタブがあります。このツアーで 1 分ほどで紹介します。</translation>
        </message>
        <message>
            <source>Designer: build a network</source>
            <translation>デザイナー：ネットワークを組み立てる</translation>
        </message>
        <message>
            <source>Drag layers from the palette into the stack (or double-click them), set their options on the right, and watch the diagram and the parameter count. Problems are listed with the layer they belong to. File → New from Template starts from the curriculum's networks; Ctrl+Z undoes any edit.</source>
            <translation>層パレットから層を構成へドラッグし（またはダブルクリック）、右側で設定を決めると、ネットワーク図とパラメータ数が変わります。問題点はその層と一緒に一覧されます。ファイル → テンプレートから新規作成 で講義のネットワークから始められます。Ctrl+Z でどの編集も元に戻せます。</translation>
        </message>
        <message>
            <source>Lessons: the curriculum, step by step</source>
            <translation>レッスン：講義の内容を一歩ずつ</translation>
        </message>
        <message>
            <source>The lessons follow the course: perceptrons, forward passes with the notes' numbers, losses, gradients and backpropagation. In the stepping lessons press → or F to step forward, ← or B to step back, U to undo; predict a value before it is shown, then answer the 確認テスト. “Your design” steps the Designer's network.</source>
            <translation>レッスンは講義の順に進みます。パーセプトロン、ノートの数値での順伝播、損失、勾配、誤差逆伝播。ステップ実行のレッスンでは → か F で 1 歩進み、← か B で逆伝播を 1 歩、U で元に戻します。値が表示される前に予想し、確認テストに答えましょう。「自分のネットワーク」ではデザイナーのネットワークを 1 層ずつ実行できます。</translation>
        </message>
        <message>
            <source>Train: learn MNIST</source>
            <translation>学習：MNIST を学習する</translation>
        </message>
        <message>
            <source>Pick the optimizer, learning rate, batch size and epochs, press Start and watch the loss and the accuracy while the window stays responsive. Pause or Stop at any time; every run is kept in the Runs list, and a finished model can be saved.</source>
            <translation>最適化手法・学習率・バッチサイズ・エポック数を選んで「学習開始」を押すと、損失と認識精度が描かれていきます（その間もウィンドウは操作できます）。いつでも一時停止・停止でき、どの実行も一覧に残り、学習済みのモデルは保存できます。</translation>
        </message>
        <message>
            <source>Draw: test it with your own digits</source>
            <translation>手描き：自分の数字で試す</translation>
        </message>
        <message>
            <source>Draw a digit with the mouse: NN Lab shows it the way MNIST writes it (28×28, centred) and the probability of each class. “Look inside” shows what each layer makes of it. Help → Keyboard shortcuts lists every key.</source>
            <translation>マウスで数字を描くと、MNIST と同じ形（28×28、中央寄せ）に直した画像と、各クラスの確率が表示されます。「中をのぞく」で各層の反応が見られます。ヘルプ → キーボードショートカット にすべてのキーがあります。</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Start using NN Lab</source>
            <translation>NN Lab を使い始める</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>次へ ▶</translation>
        </message>
        <message>
            <source>Getting Started</source>
            <translation>はじめに</translation>
        </message>
        <message>
            <source>Skip the tour</source>
            <translation>ツアーをスキップ</translation>
        </message>
        <message>
            <source>◀ Back</source>
            <translation>◀ 戻る</translation>
        </message>
    </context>
    <context>
        <name>GraphPage</name>
        <message>
            <source>Apple price</source>
            <translation>りんごの値段</translation>
        </message>
        <message>
            <source>Apples</source>
            <translation>りんごの個数</translation>
        </message>
        <message>
            <source>Orange price</source>
            <translation>みかんの値段</translation>
        </message>
        <message>
            <source>Oranges</source>
            <translation>みかんの個数</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>消費税</translation>
        </message>
        <message>
            <source>Something complicated</source>
            <translation>なにか複雑な計算</translation>
        </message>
        <message>
            <source>Type a number, e.g. 2.2.</source>
            <translation>数値を入力してください（例：2.2）。</translation>
        </message>
        <message>
            <source>✓ Right: %1</source>
            <translation>✓ 正解：%1</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. A × node sends back what arrives from the right times its other input: try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。乗算ノードは、右から届いた値にもう一方の入力を掛けて逆伝播します。もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>Predict %1:</source>
            <translation>%1 を予測：</translation>
        </message>
        <message>
            <source>your guess</source>
            <translation>予測値</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>順伝播</translation>
        </message>
        <message>
            <source>%1 of %2 values</source>
            <translation>値 %1 / %2</translation>
        </message>
        <message>
            <source>Next: the next value forward, left to right</source>
            <translation>次：左から右へ、次の値を順伝播</translation>
        </message>
        <message>
            <source>Backward</source>
            <translation>逆伝播</translation>
        </message>
        <message>
            <source>%1 of %2 derivatives</source>
            <translation>微分 %1 / %2</translation>
        </message>
        <message>
            <source>Next: the next derivative backward, right to left</source>
            <translation>次：右から左へ、次の微分を逆伝播</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>every value is shown</source>
            <translation>すべての値を表示しました</translation>
        </message>
        <message>
            <source>Forward above each edge, backward below it</source>
            <translation>各辺の上が順伝播、下が逆伝播の値です</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>例</translation>
        </message>
        <message>
            <source>Apples (book 5.4)</source>
            <translation>りんご（本の 5.4 節）</translation>
        </message>
        <message>
            <source>Apples and oranges</source>
            <translation>りんごとみかん</translation>
        </message>
        <message>
            <source>Local computation: 4000 + 200</source>
            <translation>局所的な計算：4000 + 200</translation>
        </message>
        <message>
            <source>Chain rule: z = t², t = x + y</source>
            <translation>連鎖律：z = t²、t = x + y</translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <source>forward value (above each edge) →</source>
            <translation>順伝播の値（各辺の上）→</translation>
        </message>
        <message>
            <source>← backward: ∂result/∂value (below each edge)</source>
            <translation>← 逆伝播：∂結果/∂値（各辺の下）</translation>
        </message>
    </context>
    <context>
        <name>HistogramGrid</name>
        <message>
            <source>Histograms appear when training starts.</source>
            <translation>ヒストグラムは学習を始めると表示されます。</translation>
        </message>
        <message>
            <source>after the first step</source>
            <translation>最初の更新の後に表示</translation>
        </message>
        <message>
            <source>output y</source>
            <translation>出力 y</translation>
        </message>
        <message>
            <source>%1% zeros</source>
            <translation>0 が %1%</translation>
        </message>
        <message>
            <source>Affine %1 (%2→%3)</source>
            <translation>Affine %1（%2→%3）</translation>
        </message>
        <message>
            <source>Convolution %1 (%2→%3)</source>
            <translation>Convolution %1（%2→%3）</translation>
        </message>
        <message>
            <source>weights W</source>
            <translation>重み W</translation>
        </message>
        <message>
            <source>activations</source>
            <translation>活性化</translation>
        </message>
        <message>
            <source>gradient ∂L/∂W</source>
            <translation>勾配 ∂L/∂W</translation>
        </message>
    </context>
    <context>
        <name>InitialisationPage</name>
        <message>
            <source>Activation histograms</source>
            <translation>アクティベーション分布</translation>
        </message>
        <message>
            <source>Gradients per layer</source>
            <translation>層ごとの勾配</translation>
        </message>
        <message>
            <source>MNIST (figure 6-15)</source>
            <translation>MNIST（図 6-15）</translation>
        </message>
        <message>
            <source>The book's figure 6-15: the same 784-100-100-100-100-10 ReLU network learns MNIST with SGD (ε = 0.01) in mini-batches of 128 for 2000 iterations, starting from weights with standard deviation 0.01, Xavier's or He's. Expected: with std 0.01 it does not learn at all; He is the fastest.</source>
            <translation>本の図 6-15：同じ 784-100-100-100-100-10 の ReLU ネットワークが、SGD（ε = 0.01）・ミニバッチ 128 で 2000 回、MNIST を学習します。重みの初期値は標準偏差 0.01、Xavier、He の 3 通りです。見てほしいこと：標準偏差 0.01 ではまったく学習が進まず、He が最も速く学習します。</translation>
        </message>
    </context>
    <context>
        <name>InsidePage</name>
        <message>
            <source>Histograms per weighted layer</source>
            <translation>重みのある層ごとのヒストグラム</translation>
        </message>
        <message>
            <source>First-layer filters</source>
            <translation>第 1 層のフィルター</translation>
        </message>
        <message>
            <source>First-layer weights</source>
            <translation>第 1 層の重み</translation>
        </message>
        <message>
            <source>One tile per filter (FH×FW, each scaled to its own largest weight): blue weights raise the feature map where the image is bright, orange ones lower it.</source>
            <translation>1 マスが 1 フィルター（FH×FW、フィルターごとに最大の重みに合わせて表示）：青の重みは画像が明るい位置で特徴マップを大きく、オレンジの重みは小さくします。</translation>
        </message>
        <message>
            <source>One tile per unit: blue pixels raise its input, orange ones lower it.</source>
            <translation>1 マスが 1 ユニット：青の画素はその入力を大きく、オレンジの画素は小さくします。</translation>
        </message>
    </context>
    <context>
        <name>InsideView</name>
        <message>
            <source>%1. %2 — %3 units, max |h| %4, %5 &gt; 0</source>
            <translation>%1. %2 — %3 ユニット、最大 |h| %4、正の値 %5 個</translation>
        </message>
        <message>
            <source>Output y = softmax(u)</source>
            <translation>出力 y = softmax(u)</translation>
        </message>
        <message>
            <source>Saliency ∂u&lt;sub&gt;%1&lt;/sub&gt;/∂x: how the score u&lt;sub&gt;%1&lt;/sub&gt; of the predicted digit %1 changes with each input pixel, by backpropagation of a one-hot dout. &lt;span style='color:%2'&gt;&lt;b&gt;Blue&lt;/b&gt;&lt;/span&gt;: more ink here would raise it; &lt;span style='color:%3'&gt;&lt;b&gt;orange&lt;/b&gt;&lt;/span&gt;: would lower it.</source>
            <translation>サリエンシー ∂u&lt;sub&gt;%1&lt;/sub&gt;/∂x：予測した数字 %1 のスコア u&lt;sub&gt;%1&lt;/sub&gt; が各入力ピクセルでどう変わるか。one-hot の dout を逆伝播して求めます。&lt;span style='color:%2'&gt;&lt;b&gt;青&lt;/b&gt;&lt;/span&gt;：ここにインクが増えるとスコアが上がる、&lt;span style='color:%3'&gt;&lt;b&gt;オレンジ&lt;/b&gt;&lt;/span&gt;：下がる。</translation>
        </message>
        <message>
            <source>Saliency ∂u&lt;sub&gt;c&lt;/sub&gt;/∂x: once you draw, which pixels push the score of the predicted digit c up (blue) or down (orange).</source>
            <translation>サリエンシー ∂u&lt;sub&gt;c&lt;/sub&gt;/∂x：数字を書くと、予測した数字 c のスコアを上げるピクセル（青）と下げるピクセル（オレンジ）が表示されます。</translation>
        </message>
        <message>
            <source>Which pixels matter (saliency map)</source>
            <translation>どのピクセルが効いているか（サリエンシーマップ）</translation>
        </message>
        <message>
            <source>Activations, layer by layer (forward pass)</source>
            <translation>層ごとの出力（順伝播）</translation>
        </message>
        <message>
            <source>Feature maps of the first convolution layer</source>
            <translation>最初の畳み込み層の特徴マップ</translation>
        </message>
        <message>
            <source>One map per filter: where in your drawing the filter finds its pattern (blue: strongly, orange: the opposite). Hover to read a value.</source>
            <translation>フィルターごとに 1 枚のマップ：描いた数字のどこでフィルターがそのパターンを見つけたか（青：強く、オレンジ：逆向き）。ポインターを重ねると値を読めます。</translation>
        </message>
        <message>
            <source>Each cell is one unit's output h for this drawing: blue positive, orange negative, white zero; each layer is scaled to its own largest |h|.</source>
            <translation>1 マスが 1 ユニットの出力 h です。青は正、オレンジは負、白は 0。各層ごとに最大の |h| で色を正規化しています。</translation>
        </message>
        <message>
            <source>Draw a digit to see the network's activations.</source>
            <translation>数字を書くと各層の出力が表示されます。</translation>
        </message>
    </context>
    <context>
        <name>LayerGradients</name>
        <message>
            <source>output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>your guess</source>
            <translation>あなたの予測</translation>
        </message>
        <message>
            <source>Mean |∂L/∂W| from layer %1 back to layer 1 — sigmoid: %2 → %3 (×%4 per layer); ReLU with He: %5 → %6 (×%7 per layer).</source>
            <translation>第 %1 層から第 1 層へ戻るときの |∂L/∂W| の平均 — シグモイド：%2 → %3（1 層あたり ×%4）、ReLU と He：%5 → %6（1 層あたり ×%7）。</translation>
        </message>
        <message>
            <source>✓ The gradient vanishes through the sigmoid layers and keeps its size with ReLU and He, as the notes say.</source>
            <translation>✓ ノートのとおり、シグモイドの層を通ると勾配は消えていき、ReLU と He では大きさが保たれます。</translation>
        </message>
        <message>
            <source>✗ Here the sigmoid network's gradient did not shrink much faster than ReLU's.</source>
            <translation>✗ ここではシグモイドのネットワークの勾配は ReLU より大きく縮みませんでした。</translation>
        </message>
        <message>
            <source>Each sigmoid layer multiplies the gradient by σ′(u) ≤ 0.25 (times its weights): %1 per layer here.</source>
            <translation>シグモイドの層はそれぞれ勾配に σ′(u) ≤ 0.25（と重み）を掛けます：ここでは 1 層あたり %1 倍です。</translation>
        </message>
        <message>
            <source>Type a number, e.g. 0.5.</source>
            <translation>数値を入力してください（例：0.5）。</translation>
        </message>
        <message>
            <source>✓ Right: σ′(0) = 0.5 · (1 − 0.5) = 0.25.</source>
            <translation>✓ 正解：σ′(0) = 0.5 · (1 − 0.5) = 0.25。</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. σ′ is largest where σ = 0.5 (at u = 0). Try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。σ′ は σ = 0.5 のところ（u = 0）で最大になります。もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>σ′(0) = 0.5 · (1 − 0.5) = 0.25, its largest value.</source>
            <translation>σ′(0) = 0.5 · (1 − 0.5) = 0.25 が最大値です。</translation>
        </message>
        <message>
            <source>Sigmoid network's initial weights</source>
            <translation>シグモイドのネットワークの重みの初期値</translation>
        </message>
        <message>
            <source>Xavier 1/√n</source>
            <translation>Xavier 1/√n</translation>
        </message>
        <message>
            <source>σ = 1</source>
            <translation>σ = 1</translation>
        </message>
        <message>
            <source>σ = 0.01</source>
            <translation>σ = 0.01</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>中間層の数</translation>
        </message>
        <message>
            <source>layer (1 = next to the input; the last is the output)</source>
            <translation>層（1 が入力側、最後が出力層）</translation>
        </message>
        <message>
            <source>mean |∂L/∂W| (log scale)</source>
            <translation>|∂L/∂W| の平均（対数目盛）</translation>
        </message>
        <message>
            <source>One backward pass on 128 MNIST images</source>
            <translation>MNIST 画像 128 枚での 1 回の逆伝播</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <source>Layer palette</source>
            <translation>層パレット</translation>
        </message>
        <message>
            <source>Drag a layer into the stack, or double-click it.</source>
            <translation>層を構成へドラッグするか、ダブルクリックで追加します。</translation>
        </message>
        <message>
            <source>A network ends in exactly one output layer; adding another replaces it.</source>
            <translation>ネットワークの最後には出力層がちょうど 1 つ入ります。別の出力層を追加すると置き換わります。</translation>
        </message>
    </context>
    <context>
        <name>LayerStackModel</name>
        <message>
            <source>The network already ends in %1.</source>
            <translation>ネットワークはすでに %1 で終わっています。</translation>
        </message>
        <message>
            <source>A network has one output layer: %1 replaced %2.</source>
            <translation>出力層は 1 つだけです：%2 を %1 に置き換えました。</translation>
        </message>
        <message>
            <source>Replace %1 with %2</source>
            <translation>%1 を %2 に置き換え</translation>
        </message>
        <message>
            <source>The output layer stays last: %1 was added above it.</source>
            <translation>出力層は常に最後です：%1 はその上に追加しました。</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>%1 を追加</translation>
        </message>
        <message>
            <source>Remove %1</source>
            <translation>%1 を削除</translation>
        </message>
        <message>
            <source>The output layer always stays last.</source>
            <translation>出力層は常に最後に置かれます。</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>%1 を移動</translation>
        </message>
        <message>
            <source>A network has one output layer: it cannot be duplicated.</source>
            <translation>出力層は 1 つだけなので複製できません。</translation>
        </message>
        <message>
            <source>Duplicate %1</source>
            <translation>%1 を複製</translation>
        </message>
        <message>
            <source>Set %1 of %2</source>
            <translation>%2 の %1 を変更</translation>
        </message>
        <message>
            <source>Only an output layer can replace an output layer.</source>
            <translation>出力層を置き換えられるのは出力層だけです。</translation>
        </message>
        <message>
            <source>Change %1 to %2</source>
            <translation>%1 を %2 に変更</translation>
        </message>
        <message>
            <source>Rename network</source>
            <translation>ネットワーク名の変更</translation>
        </message>
        <message>
            <source>Set input shape</source>
            <translation>入力の形状の変更</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメータ数</translation>
        </message>
        <message>
            <source>Layer index (layers.&lt;i&gt; in the parameter names)</source>
            <translation>層の番号（パラメータ名 layers.&lt;i&gt; の i）</translation>
        </message>
        <message>
            <source>Layer type</source>
            <translation>層の種類</translation>
        </message>
        <message>
            <source>The layer's settings</source>
            <translation>層の設定</translation>
        </message>
        <message>
            <source>Shape of the layer's output for one sample</source>
            <translation>1 サンプルに対する層の出力の形状</translation>
        </message>
        <message>
            <source>Trainable parameters: weights and biases</source>
            <translation>学習するパラメータ：重みとバイアス</translation>
        </message>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>one sample</source>
            <translation>1 サンプル</translation>
        </message>
        <message>
            <source>The input: one sample of this shape (a batch adds a first axis).</source>
            <translation>入力：この形状のサンプル 1 つ（バッチでは先頭に軸が 1 つ加わります）。</translation>
        </message>
    </context>
    <context>
        <name>LayerStyle</name>
        <message>
            <source>Layers</source>
            <extracomment>The palette's groups; the registry's categories map onto them (shape layers sit with Layers).</extracomment>
            <translation>層</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>活性化関数</translation>
        </message>
        <message>
            <source>Regularisation</source>
            <translation>正則化</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>出力層</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
    </context>
    <context>
        <name>LessonFrame</name>
        <message>
            <source>Lesson</source>
            <translation>レッスン</translation>
        </message>
        <message>
            <source>Quiz (確認テスト) %1/%2</source>
            <translation>確認テスト %1/%2</translation>
        </message>
        <message>
            <source>Check your understanding: the notes' confirmation questions</source>
            <translation>理解度の確認：ノートの確認テスト</translation>
        </message>
    </context>
    <context>
        <name>LessonsTab</name>
        <message>
            <source>Your design</source>
            <translation>自分のネットワーク</translation>
        </message>
        <message>
            <source>Step through the network from the Designer, one layer at a time, forward and backward.</source>
            <translation>Designer のネットワークを 1 層ずつ、順伝播と逆伝播でたどります。</translation>
        </message>
        <message>
            <source>A network with 784 inputs gets a bundled MNIST test image and its label; any other gets seeded random values that fit its input and its output layer. The weights are the ones a new network starts with (seed 0).</source>
            <translation>入力が 784 のネットワークには同梱の MNIST テスト画像とその正解ラベルを、それ以外には入力と出力層に合うシード付きの乱数を与えます。重みは新しいネットワークの初期値（シード 0）です。</translation>
        </message>
        <message>
            <source>Goal: predict %1, then answer the 確認テスト</source>
            <translation>目標：%1 を予測し、確認テストに答える</translation>
        </message>
        <message>
            <source>Goal: answer the 確認テスト</source>
            <translation>目標：確認テストに答える</translation>
        </message>
        <message>
            <source>Try: %1</source>
            <translation>試してみよう：%1</translation>
        </message>
        <message>
            <source>Try: step until the forward pass is done, then backward.</source>
            <translation>試してみよう：順伝播を最後まで進め、続けて逆伝播も進めましょう。</translation>
        </message>
        <message>
            <source>Try: step through the forward and the backward pass.</source>
            <translation>試してみよう：順伝播と逆伝播を最後まで進めましょう。</translation>
        </message>
        <message>
            <source>Show explanation ▾</source>
            <translation>説明を表示 ▾</translation>
        </message>
        <message>
            <source>Hide explanation ▴</source>
            <translation>説明を隠す ▴</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未着手</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>学習中</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>★ Your design</source>
            <translation>★ 自分のネットワーク</translation>
        </message>
        <message>
            <source>Step through the network you built in the Designer</source>
            <translation>Designer で作ったネットワークを 1 ステップずつ実行します</translation>
        </message>
        <message>
            <source>✎ %1/%2</source>
            <translation>✎%1/%2</translation>
        </message>
        <message>
            <source>quiz %1/%2</source>
            <translation>確認テスト%1/%2</translation>
        </message>
        <message>
            <source>This lesson could not be opened: %1</source>
            <translation>このレッスンを開けませんでした：%1</translation>
        </message>
        <message>
            <source>Show or hide the lesson's explanation</source>
            <translation>レッスンの説明を表示・非表示にします</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>loss L</source>
            <translation>損失 L</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>エポック</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <source>mini-batch</source>
            <translation>ミニバッチ</translation>
        </message>
        <message>
            <source>moving average</source>
            <translation>移動平均</translation>
        </message>
        <message>
            <source>training data</source>
            <translation>訓練データ</translation>
        </message>
        <message>
            <source>test data</source>
            <translation>テストデータ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Open Recent</source>
            <translation>最近使ったファイル</translation>
        </message>
        <message>
            <source>“%1” no longer exists; it was removed from the list.</source>
            <translation>「%1」はもう存在しないため、一覧から削除しました。</translation>
        </message>
        <message>
            <source>About NN Lab</source>
            <translation>NN Lab について</translation>
        </message>
        <message>
            <source>Learn neural networks from scratch: build a layer stack, step one sample through it forward and backward, train it on MNIST, and draw digits for it to read.</source>
            <translation>ニューラルネットワークをゼロから学ぶアプリです。層を組み立て、1 つのサンプルを順伝播・逆伝播で 1 層ずつ追い、MNIST で学習させ、手描きの数字を読ませてみましょう。</translation>
        </message>
        <message>
            <source>Follows ゼロから作るDeep Learning and the JDLA E資格 curriculum.</source>
            <translation>『ゼロから作るDeep Learning』と JDLA E資格のカリキュラムに沿っています。</translation>
        </message>
        <message>
            <source>MNIST by Yann LeCun, Corinna Cortes and Christopher J.C. Burges, CC BY-SA 3.0.</source>
            <translation>MNIST：Yann LeCun、Corinna Cortes、Christopher J.C. Burges（CC BY-SA 3.0）。</translation>
        </message>
        <message>
            <source>Version %1 · Python %2 · PySide6 %3</source>
            <translation>バージョン %1 · Python %2 · PySide6 %3</translation>
        </message>
        <message>
            <source>Restored the design from your last session.</source>
            <translation>前回のネットワークを復元しました。</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新規作成(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>名前を付けて保存(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>編集(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Full Screen</source>
            <translation>全画面表示(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>言語(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Getting Started</source>
            <translation>はじめに(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>キーボードショートカット(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About NN Lab</source>
            <translation>NN Lab について(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Qt について(&amp;Q)</translation>
        </message>
        <message>
            <source>Designer</source>
            <translation>デザイナー</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>レッスン</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>手描き</translation>
        </message>
    </context>
    <context>
        <name>MatrixExample</name>
        <message>
            <source>The book's matrix example: y = xW with</source>
            <translation>本の行列の例：y = xW、</translation>
        </message>
    </context>
    <context>
        <name>MessageBanner</name>
        <message>
            <source>Training diverged at epoch %1, step %2</source>
            <translation>エポック %1、ステップ %2 で学習が発散しました</translation>
        </message>
        <message>
            <source>The ReLU units of layer %1 died</source>
            <translation>層 %1 の ReLU ユニットが死にました</translation>
        </message>
        <message>
            <source>The loss is growing instead of falling</source>
            <translation>損失が下がらず、大きくなっています</translation>
        </message>
        <message>
            <source>Stop and use learning rate %1</source>
            <translation>止めて学習率を %1 にする</translation>
        </message>
        <message>
            <source>Use learning rate %1</source>
            <translation>学習率を %1 にする</translation>
        </message>
    </context>
    <context>
        <name>MistakesView</name>
        <message>
            <source>Misclassified test images appear here.</source>
            <translation>誤分類したテスト画像がここに表示されます。</translation>
        </message>
        <message>
            <source>No mistakes on the test set.</source>
            <translation>テストデータに誤りはありません。</translation>
        </message>
        <message>
            <source>Test image #%1: predicted %2 (%3% sure), true label %4</source>
            <translation>テスト画像 #%1：予測 %2（確信度 %3%）、正解 %4</translation>
        </message>
    </context>
    <context>
        <name>MnistBatchPage</name>
        <message>
            <source>the bundled trained model</source>
            <translation>同梱の学習済みモデル</translation>
        </message>
        <message>
            <source>random weights (no trained model is bundled yet, so the predictions are guesses)</source>
            <translation>ランダムな重み（学習済みモデルが同梱されていないので、予測はでたらめです）</translation>
        </message>
        <message>
            <source>The first %1 of the %2 images. Step forward to the output layer to see what the network (%3) predicts.</source>
            <translation>%2 枚のうち最初の %1 枚です。出力層まで順伝播を進めると、ネットワーク（%3）の予測が見られます。</translation>
        </message>
        <message>
            <source>Predicted digits for the first %1 images — %4 of all %2 correct with %3. Red: predicted ≠ label.</source>
            <translation>最初の %1 枚の予測した数字 — %3 で %2 枚中 %4 枚が正解。赤：予測 ≠ 正解ラベル。</translation>
        </message>
    </context>
    <context>
        <name>MnistExamples</name>
        <message>
            <source>MNIST's handwritten digits, which the network learnt from, look like this:</source>
            <translation>ネットワークが学習した MNIST の手書き数字はこんな形です：</translation>
        </message>
        <message>
            <source>How MNIST writes an %1 (test-set examples):</source>
            <translation>MNIST の「%1」の書き方（テストデータの例）：</translation>
        </message>
        <message>
            <source>How MNIST writes a %1 (test-set examples):</source>
            <translation>MNIST の「%1」の書き方（テストデータの例）：</translation>
        </message>
    </context>
    <context>
        <name>MnistRace</name>
        <message>
            <source>When every run has ended, this line will say what the book shows and whether your run shows it.</source>
            <translation>すべての実行が終わると、ここに本の結果と、あなたの実行がそれを再現したかどうかが表示されます。</translation>
        </message>
        <message>
            <source>Sent to the Train tab.</source>
            <translation>学習タブに送りました。</translation>
        </message>
        <message>
            <source>Reduced: %1 iterations on the first %2 training images (seconds).</source>
            <translation>縮小版：最初の %2 枚の訓練画像で %1 回（数秒）。</translation>
        </message>
        <message>
            <source>The book's setting: %1 iterations on all 60,000 training images (a minute or more).</source>
            <translation>本の設定：60,000 枚すべての訓練画像で %1 回（1 分以上）。</translation>
        </message>
        <message>
            <source>(The chart shows the last run's setting until you run again.)</source>
            <translation>（もう一度実行するまで、グラフは前回の設定の結果です。）</translation>
        </message>
        <message>
            <source>Run the comparison</source>
            <translation>比較を実行</translation>
        </message>
        <message>
            <source>Book's full setting</source>
            <translation>本の設定そのまま</translation>
        </message>
        <message>
            <source>2000 iterations of batch 128 on all 60,000 training images</source>
            <translation>60,000 枚すべての訓練画像で、バッチ 128 を 2000 回</translation>
        </message>
        <message>
            <source>Train in the Train tab ▶</source>
            <translation>学習タブで学習 ▶</translation>
        </message>
        <message>
            <source>Makes this network your design and gives the Train tab the chosen run's settings</source>
            <translation>このネットワークをデザインにし、選んだ実行の設定を学習タブに渡します</translation>
        </message>
    </context>
    <context>
        <name>ModelBar</name>
        <message>
            <source>CNN (SimpleConvNet-style, convolution layers)</source>
            <extracomment>The bundled models, best first: the CNN (when it is shipped), then the MLP. Below this test accuracy a model is shown in the warning colour: it guesses often.</extracomment>
            <translation>CNN（SimpleConvNet 型、畳み込み層あり）</translation>
        </message>
        <message>
            <source>MLP (fully connected, 784-100-10)</source>
            <translation>多層パーセプトロン（全結合、784-100-10）</translation>
        </message>
        <message>
            <source>none loaded</source>
            <translation>未読み込み</translation>
        </message>
        <message>
            <source>test accuracy %1</source>
            <translation>テスト正解率 %1</translation>
        </message>
        <message>
            <source>test accuracy not recorded</source>
            <translation>テスト正解率の記録なし</translation>
        </message>
        <message>
            <source>from a failed run (%1): %2</source>
            <translation>失敗した学習（%1）のモデル：%2</translation>
        </message>
        <message>
            <source>%1 (low: it often guesses)</source>
            <translation>%1（低い：当て推量が多い）</translation>
        </message>
        <message>
            <source>Below 90% test accuracy a model is often wrong: read its answers as guesses.</source>
            <translation>テスト正解率が 90% 未満のモデルはよく間違えます。答えは当て推量として読んでください。</translation>
        </message>
        <message>
            <source>the model bundled with NN Lab</source>
            <translation>NN Lab 同梱のモデル</translation>
        </message>
        <message>
            <source>the app's current model (trained or opened)</source>
            <translation>アプリの現在のモデル（学習または読み込み）</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>ファイル %1</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <source>the loss grew</source>
            <translation>損失が増加</translation>
        </message>
        <message>
            <source>its ReLUs died</source>
            <translation>ReLU が全滅</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Model:</source>
            <translation>モデル：</translation>
        </message>
        <message>
            <source>Open Model…</source>
            <translation>モデルを開く…</translation>
        </message>
        <message>
            <source>Read digits with a model file (.npz) saved by NN Lab</source>
            <translation>NN Lab で保存したモデルファイル (.npz) で数字を読む</translation>
        </message>
        <message>
            <source>Use Bundled Model</source>
            <translation>同梱モデルを使う</translation>
        </message>
    </context>
    <context>
        <name>ModelFiles</name>
        <message>
            <source>Open model</source>
            <translation>モデルを開く</translation>
        </message>
        <message>
            <source>NN Lab models (*.npz)</source>
            <translation>NN Lab モデル (*.npz)</translation>
        </message>
        <message>
            <source>The model cannot be opened</source>
            <translation>モデルを開けません</translation>
        </message>
        <message>
            <source>Save model</source>
            <translation>モデルを保存</translation>
        </message>
        <message>
            <source>The model could not be saved</source>
            <translation>モデルを保存できませんでした</translation>
        </message>
        <message>
            <source>The model could not be saved to %1</source>
            <translation>モデルを %1 に保存できませんでした</translation>
        </message>
        <message>
            <source>%1: %2. It was saved in %3 instead.</source>
            <translation>%1：%2。代わりに %3 に保存しました。</translation>
        </message>
    </context>
    <context>
        <name>ModesPanel</name>
        <message>
            <source>The same linear model learns f(x) = 3x₀ + 2x₁ from 100 samples (with a little noise, as measured data have), each method allowed 2,000 per-sample gradients. Batch gradient descent averages all 100 per update: 20 smooth steps. Stochastic gradient descent (SGD) uses one random sample: 2,000 cheap, noisy steps. Mini-batch gradient descent averages 10: 200 steps in between — the usual choice, because a computer computes 10 samples about as fast as one.</source>
            <translation>同じ線形モデルが 100 個のサンプル（実測データのように少しノイズを含む）から f(x) = 3x₀ + 2x₁ を学習します。どの方法もサンプルごとの勾配計算は 2,000 回までです。（バッチ）勾配降下法は更新ごとに 100 個すべてを平均し、なめらかな更新が 20 回。確率的勾配降下法（SGD）はランダムな 1 サンプルを使い、安くてゆらぎのある更新が 2,000 回。ミニバッチ勾配降下法は 10 個を平均し、その中間の 200 回です。計算機は 10 サンプルを 1 サンプルとほぼ同じ速さで計算できるので、ふつうはミニバッチを使います。</translation>
        </message>
        <message>
            <source>x axis</source>
            <translation>横軸</translation>
        </message>
        <message>
            <source>updates</source>
            <translation>更新回数</translation>
        </message>
        <message>
            <source>samples used (the cost)</source>
            <translation>使ったサンプル数（計算量）</translation>
        </message>
        <message>
            <source>error over all the data</source>
            <translation>全データの誤差</translation>
        </message>
        <message>
            <source>batch (100 per update)</source>
            <translation>バッチ（更新ごとに 100 個）</translation>
        </message>
        <message>
            <source>mini-batch (10)</source>
            <translation>ミニバッチ（10 個）</translation>
        </message>
        <message>
            <source>stochastic (1)</source>
            <translation>確率的（1 個）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Online learning&lt;/b&gt; updates the parameters each time a sample arrives, without collecting the data first (SGD makes it possible). &lt;b&gt;Batch learning&lt;/b&gt; uses all the training data for every update.</source>
            <translation>&lt;b&gt;オンライン学習&lt;/b&gt;は、学習データが入ってくるたびにパラメータを更新します。最初にデータをそろえる必要がありません（確率的勾配降下法で可能になります）。&lt;b&gt;バッチ学習&lt;/b&gt;は、更新のたびにすべての学習データを使います。</translation>
        </message>
    </context>
    <context>
        <name>MyDigitsPanel</name>
        <message>
            <source>Could not save your digits in %1: %2</source>
            <translation>マイ数字を %1 に保存できません：%2</translation>
        </message>
        <message>
            <source>Added as an %1.</source>
            <translation>「%1」として追加しました。</translation>
        </message>
        <message>
            <source>Added as a %1.</source>
            <translation>「%1」として追加しました。</translation>
        </message>
        <message>
            <source>1 digit in your set (label: count) %2</source>
            <translation>セットに 1 個（ラベル:個数）%2</translation>
        </message>
        <message>
            <source>%1 digits in your set (label: count) %2</source>
            <translation>セットに %1 個（ラベル:個数）%2</translation>
        </message>
        <message>
            <source>Your set is empty.</source>
            <translation>セットは空です。</translation>
        </message>
        <message>
            <source>No model to evaluate.</source>
            <translation>評価するモデルがありません。</translation>
        </message>
        <message>
            <source>The model reads &lt;b&gt;%1 of %2&lt;/b&gt; correctly (%3).</source>
            <translation>モデルは &lt;b&gt;%2 個中 %1 個&lt;/b&gt;を正しく認識しました（%3）。</translation>
        </message>
        <message>
            <source>Misread (label → read as):</source>
            <translation>誤認識（ラベル → 認識結果）：</translation>
        </message>
        <message>
            <source>None misread.</source>
            <translation>誤認識はありません。</translation>
        </message>
        <message>
            <source>Labelled %1, read as %2 (%3)</source>
            <translation>ラベル %1、認識結果 %2（%3）</translation>
        </message>
        <message>
            <source>Exported 1 digit to %2.</source>
            <translation>1 個を %2 に書き出しました。</translation>
        </message>
        <message>
            <source>Exported %1 digits to %2.</source>
            <translation>%1 個を %2 に書き出しました。</translation>
        </message>
        <message>
            <source>Import failed, your set is unchanged: %1</source>
            <translation>読み込みに失敗しました。セットは変更されていません：%1</translation>
        </message>
        <message>
            <source>Imported 1 digit.</source>
            <translation>1 個を読み込みました。</translation>
        </message>
        <message>
            <source>Imported %1 digits.</source>
            <translation>%1 個を読み込みました。</translation>
        </message>
        <message>
            <source>Export my digits to a folder</source>
            <translation>マイ数字をフォルダに書き出す</translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>ファイルを置き換えますか？</translation>
        </message>
        <message>
            <source>%1 already exists in this folder. Replace it?</source>
            <translation>このフォルダにはすでに %1 があります。置き換えますか？</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>書き出しに失敗しました：%1</translation>
        </message>
        <message>
            <source>Import digits: choose the images file (…-images-idx3-ubyte)</source>
            <translation>数字の読み込み：画像ファイル（…-images-idx3-ubyte）を選択</translation>
        </message>
        <message>
            <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
            <translation>IDX 画像 (*idx3-ubyte *idx3-ubyte.gz);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Choose the matching labels file (…-labels-idx1-ubyte)</source>
            <translation>対応するラベルファイル（…-labels-idx1-ubyte）を選択</translation>
        </message>
        <message>
            <source>IDX labels (*idx1-ubyte *idx1-ubyte.gz);;All files (*)</source>
            <translation>IDX ラベル (*idx1-ubyte *idx1-ubyte.gz);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Clear my digits?</source>
            <translation>マイ数字を消去しますか？</translation>
        </message>
        <message>
            <source>Remove the one digit of your set? This cannot be undone.</source>
            <translation>セットの 1 個を削除しますか？元に戻せません。</translation>
        </message>
        <message>
            <source>Remove all %1 digits from your set? This cannot be undone.</source>
            <translation>セットの %1 個をすべて削除しますか？元に戻せません。</translation>
        </message>
        <message>
            <source>My digits</source>
            <translation>マイ数字</translation>
        </message>
        <message>
            <source>Build your own test set: draw a digit, then click its label to add the 28×28 image the network sees. Export it as an MNIST-style IDX pair to test a model in the Train tab.</source>
            <translation>自分だけのテストセットを作れます。数字を書いてラベルのボタンを押すと、ネットワークが見る 28×28 の画像が追加されます。MNIST 形式の IDX ファイルに書き出せば、学習タブでモデルのテストに使えます。</translation>
        </message>
        <message>
            <source>Saved in %1</source>
            <translation>保存先：%1</translation>
        </message>
        <message>
            <source>Add as:</source>
            <translation>追加するラベル：</translation>
        </message>
        <message>
            <source>Add the drawing to my digits, labelled %1</source>
            <translation>この手書きをラベル %1 としてマイ数字に追加</translation>
        </message>
        <message>
            <source>label</source>
            <translation>ラベル</translation>
        </message>
        <message>
            <source>read as</source>
            <translation>認識結果</translation>
        </message>
        <message>
            <source>Remove Last</source>
            <translation>最後を削除</translation>
        </message>
        <message>
            <source>Clear Set…</source>
            <translation>セットを消去…</translation>
        </message>
        <message>
            <source>Import IDX…</source>
            <translation>IDX を読み込む…</translation>
        </message>
        <message>
            <source>Export IDX…</source>
            <translation>IDX に書き出す…</translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagram</name>
        <message>
            <source>Input</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>%1 params</source>
            <translation>パラメータ %1</translation>
        </message>
        <message>
            <source>max %1×%1/%2</source>
            <translation>最大値 %1×%1/%2</translation>
        </message>
        <message>
            <source>Add layers to see the network here.</source>
            <translation>層を追加すると、ここにネットワークが描かれます。</translation>
        </message>
        <message>
            <source>Input: %1</source>
            <translation>入力：%1</translation>
        </message>
        <message>
            <source>Layer %1: %2</source>
            <translation>層 %1：%2</translation>
        </message>
        <message>
            <source>%1 parameters</source>
            <translation>パラメータ %1 個</translation>
        </message>
        <message>
            <source>input %1</source>
            <translation>入力 %1</translation>
        </message>
        <message>
            <source>layer %1, unit %2</source>
            <translation>層 %1・ユニット %2</translation>
        </message>
        <message>
            <source>value: %1</source>
            <translation>値：%1</translation>
        </message>
        <message>
            <source>bias b: %1</source>
            <translation>バイアス b：%1</translation>
        </message>
    </context>
    <context>
        <name>NetworkSource</name>
        <message>
            <source>(empty)</source>
            <extracomment>Layers whose output shape the one-line summary shows (activations, Flatten, BatchNorm and Dropout keep the values' number, so they would only repeat it).</extracomment>
            <translation>（空）</translation>
        </message>
        <message>
            <source>Design: %1</source>
            <translation>設計：%1</translation>
        </message>
        <message>
            <source>Model: %1</source>
            <translation>モデル：%1</translation>
        </message>
        <message>
            <source>Train the Designer's current design (a copy: you can keep editing it) or the opened model</source>
            <translation>設計タブの現在の設計（コピーなので編集を続けられます）か、開いたモデルを学習します</translation>
        </message>
        <message>
            <source>No design yet: build one in the Designer tab, or open a model.</source>
            <translation>まだ設計がありません。設計タブでネットワークを作るか、モデルを開いてください。</translation>
        </message>
        <message numerus="yes">
            <source>⚠ The design has %n problem(s): fix them in the Designer.</source>
            <translation>
                <numerusform>⚠ 設計に %n 件の問題があります。設計タブで直してください。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 weights and biases</source>
            <translation>%1 · 重みとバイアス %2 個</translation>
        </message>
        <message>
            <source>test accuracy when saved: %1%</source>
            <translation>保存時のテスト正解率：%1%</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Open model…</source>
            <translation>モデルを開く…</translation>
        </message>
        <message>
            <source>Open a trained model (.npz) to train it further, evaluate it or test it</source>
            <translation>学習済みモデル（.npz）を開いて、続けて学習・評価・テストします</translation>
        </message>
    </context>
    <context>
        <name>NumericalCheck</name>
        <message>
            <source>pass</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>backprop</source>
            <translation>誤差逆伝播法</translation>
        </message>
        <message>
            <source>numerical</source>
            <translation>数値微分</translation>
        </message>
        <message>
            <source>relative error</source>
            <translation>相対誤差</translation>
        </message>
        <message>
            <source>Backprop and the numerical gradient agree (relative error &lt; 1e-7).</source>
            <translation>誤差逆伝播法と数値微分の勾配が一致しました（相対誤差 &lt; 1e-7）。</translation>
        </message>
        <message>
            <source>They disagree: the relative error is above 1e-7.</source>
            <translation>一致しません：相対誤差が 1e-7 を超えています。</translation>
        </message>
        <message>
            <source>Relative error = ‖g − g̃‖ / (‖g‖ + ‖g̃‖) over the checked numbers.</source>
            <translation>相対誤差 = ‖g − g̃‖ / (‖g‖ + ‖g̃‖)（確かめた要素について）。</translation>
        </message>
        <message>
            <source>An array of more than %1 numbers is checked on %1 of them (n/N): its %2 largest gradients and the rest chosen at random.</source>
            <translation>要素が %1 個より多い配列は、そのうち %1 個で確かめます（n/N）：勾配の絶対値が大きい %2 個と、残りは無作為に選んだものです。</translation>
        </message>
    </context>
    <context>
        <name>NumericalPage</name>
        <message>
            <source>Press Compare: backprop runs once, then the numerical gradient nudges every parameter in turn.</source>
            <translation>「比較」を押すと、誤差逆伝播法を 1 回実行してから、数値微分で全パラメータを 1 つずつ少し動かします。</translation>
        </message>
        <message>
            <source>%1 parameters. Backprop, all gradients at once: %2 ms. Numerical: %3 of %1 derivatives in %4 s so far.</source>
            <translation>パラメータ %1 個。誤差逆伝播法（全勾配を一度に）：%2 ms。数値微分：これまでに %1 個中 %3 個を %4 秒。</translation>
        </message>
        <message>
            <source>Stopped. Press Compare to start again.</source>
            <translation>停止しました。「比較」でやり直せます。</translation>
        </message>
        <message>
            <source>%1 parameters. Backprop: %2 ms. Numerical: %3 s — about %4 times slower (2 × %1 forward passes instead of one forward and one backward).</source>
            <translation>パラメータ %1 個。誤差逆伝播法：%2 ms。数値微分：%3 秒 — 約 %4 倍遅い（順伝播と逆伝播 1 回ずつではなく、順伝播を 2 × %1 回）。</translation>
        </message>
        <message>
            <source>The largest relative error is %1: the two methods give the same gradients. Backprop is what training uses; the numerical gradient checks it (gradient check).</source>
            <translation>相対誤差の最大値は %1 で、2 つの方法は同じ勾配を与えます。学習には誤差逆伝播法を使い、数値微分はその確認（勾配確認）に使います。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>(book's TwoLayerNet)</source>
            <translation>（本の TwoLayerNet）</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>比較</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Parameter</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>形</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>個数</translation>
        </message>
        <message>
            <source>Relative error</source>
            <translation>相対誤差</translation>
        </message>
        <message>
            <source>Largest |difference|</source>
            <translation>差の絶対値の最大</translation>
        </message>
    </context>
    <context>
        <name>NumericalPanel</name>
        <message>
            <source>Numerical gradient check</source>
            <translation>数値微分による勾配確認</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Checking %1 numbers by central differences…</source>
            <translation>中心差分で %1 個の値を確認しています…</translation>
        </message>
    </context>
    <context>
        <name>OptimizerPlane</name>
        <message>
            <source>your guess</source>
            <translation>あなたの予測</translation>
        </message>
        <message>
            <source>Answer the prediction (or press Reveal) to run the rest of “Run all six”.</source>
            <translation>予想に答える（または「答えを見る」を押す）と、「6 つすべて実行」の残りが続きます。</translation>
        </message>
        <message>
            <source>Type a number, e.g. −1.8.</source>
            <translation>数値を入力してください（例：−1.8）。</translation>
        </message>
        <message>
            <source>✓ Right: %1</source>
            <translation>✓ 正解：%1</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. Work out ∇f = (x/10, 2y) at (−7, 2) first, then the update rule. Try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。まず (−7, 2) での ∇f = (x/10, 2y) を求め、次に更新式に入れましょう。もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>The value: %1</source>
            <translation>値：%1</translation>
        </message>
        <message>
            <source>update %1 of %2</source>
            <translation>更新 %1 / %2 回</translation>
        </message>
        <message>
            <source>p = (x, y) starts at (−7, 2); the state starts at 0. Press Step.</source>
            <translation>p = (x, y) は (−7, 2) から、状態は 0 から始まります。「1 回更新」を押してください。</translation>
        </message>
        <message>
            <source>p = (x, y) starts at (−7, 2); the state starts at 0.</source>
            <translation>p = (x, y) は (−7, 2) から、状態は 0 から始まります。</translation>
        </message>
        <message>
            <source>✎ Answer the prediction above first.</source>
            <translation>✎ まず上の予想に答えてください。</translation>
        </message>
        <message>
            <source>The path has left the plane: ε is too large, the run diverged.</source>
            <translation>経路が平面の外へ出ました：ε が大きすぎて発散しました。</translation>
        </message>
        <message>
            <source>All updates so far:</source>
            <translation>これまでの更新：</translation>
        </message>
        <message>
            <source>At SGD's point (%1, %2) the arrow −∇f points %3° away from the straight way to the minimum: it leads across the valley, not along it, so SGD zigzags.</source>
            <translation>SGD の点 (%1, %2) では、矢印 −∇f は最小値へまっすぐ向かう方向から %3° ずれています。谷に沿ってではなく谷を横切る向きなので、SGD はジグザグに進みます。</translation>
        </message>
        <message>
            <source>ε (learning rate)</source>
            <translation>ε（学習率）</translation>
        </message>
        <message>
            <source>ε in the update rule; changing it starts this path again</source>
            <translation>更新式の ε。変えるとこの経路を最初からやり直します</translation>
        </message>
        <message>
            <source>book</source>
            <translation>本の値</translation>
        </message>
        <message>
            <source>÷10</source>
            <translation>÷10</translation>
        </message>
        <message>
            <source>×3</source>
            <translation>×3</translation>
        </message>
        <message>
            <source>The book's ε for this method</source>
            <translation>この手法の本の ε</translation>
        </message>
        <message>
            <source>Too small: a tenth of the book's ε</source>
            <translation>小さすぎる：本の ε の 10 分の 1</translation>
        </message>
        <message>
            <source>Too large: three times the book's ε</source>
            <translation>大きすぎる：本の ε の 3 倍</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>1 回更新</translation>
        </message>
        <message>
            <source>One update of the chosen method</source>
            <translation>選んだ手法で 1 回更新します</translation>
        </message>
        <message>
            <source>Run to 30</source>
            <translation>30 回まで</translation>
        </message>
        <message>
            <source>Run all six</source>
            <translation>6 つすべて実行</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>−∇f arrows</source>
            <translation>−∇f の矢印</translation>
        </message>
        <message>
            <source>The direction SGD moves at each point (why it zigzags)</source>
            <translation>各点で SGD が進む向き（ジグザグになる理由）</translation>
        </message>
        <message>
            <source>f(x, y) = x²/20 + y², from (−7, 2)</source>
            <translation>f(x, y) = x²/20 + y²、(−7, 2) から</translation>
        </message>
        <message>
            <source>After %1 updates, f(x, y): %2.</source>
            <translation>%1 回の更新後の f(x, y)：%2。</translation>
        </message>
        <message>
            <source>SGD crossed the valley floor y = 0 %1 times — the zigzag of the book's figure 6-3; AdaGrad crossed it %2 times.</source>
            <translation>SGD は谷底 y = 0 を %1 回横切りました — 本の図 6-3 のジグザグです。AdaGrad は %2 回でした。</translation>
        </message>
        <message>
            <source>SGD crossed the valley floor only %1 times with ε = %2: with this ε it does not zigzag as in the book (ε = 0.95 does).</source>
            <translation>ε = %2 の SGD は谷底を %1 回しか横切りませんでした：この ε では本のようなジグザグにはなりません（ε = 0.95 ならなります）。</translation>
        </message>
        <message>
            <source>Diverged (ε too large): %1.</source>
            <translation>発散（ε が大きすぎる）：%1。</translation>
        </message>
        <message>
            <source>Still far from the minimum after %1 updates (f &gt; %2): %3 — too small an ε crawls, too large a one bounces.</source>
            <translation>%1 回更新しても最小値から遠いまま（f &gt; %2）：%3 — ε が小さすぎるとゆっくりとしか進まず、大きすぎると行ったり来たりします。</translation>
        </message>
    </context>
    <context>
        <name>OptimizersPage</name>
        <message>
            <source>On f(x, y) = x²/20 + y²</source>
            <translation>f(x, y) = x²/20 + y² の上で</translation>
        </message>
        <message>
            <source>MNIST (figure 6-9)</source>
            <translation>MNIST（図 6-9）</translation>
        </message>
        <message>
            <source>The book's figure 6-9: a 784-100-100-100-100-10 ReLU network (He weights) learns MNIST in mini-batches of 128 for 2000 iterations with SGD (ε = 0.01), Momentum (0.01), AdaGrad (0.01) and Adam (0.001). Expected: SGD is clearly the slowest.</source>
            <translation>本の図 6-9：784-100-100-100-100-10 の ReLU ネットワーク（He の初期値）が、ミニバッチ 128 で 2000 回、SGD（ε = 0.01）・Momentum（0.01）・AdaGrad（0.01）・Adam（0.001）で MNIST を学習します。見てほしいこと：SGD がはっきりと最も遅いこと。</translation>
        </message>
    </context>
    <context>
        <name>OutputPage</name>
        <message>
            <source>Type between 2 and %1 numbers separated by commas, e.g. 1010, 1000, 990.</source>
            <translation>2〜%1 個の数をカンマ区切りで入力してください（例：1010, 1000, 990）。</translation>
        </message>
        <message>
            <source>naive: exp(a)</source>
            <translation>対策なし：exp(a)</translation>
        </message>
        <message>
            <source>naive: y = exp(a) / Σ exp(a)</source>
            <translation>対策なし：y = exp(a) / Σ exp(a)</translation>
        </message>
        <message>
            <source>a − C  (C = max a = %1)</source>
            <translation>a − C（C = max a = %1）</translation>
        </message>
        <message>
            <source>softmax y (shifted)</source>
            <translation>ソフトマックス y（最大値を引く）</translation>
        </message>
        <message>
            <source>identity y = a (regression)</source>
            <translation>恒等関数 y = a（回帰）</translation>
        </message>
        <message>
            <source>Naive softmax fails: exp() of a large score overflows to ∞, and ∞/∞ is NaN. Subtracting C = max(a) first gives the same probabilities (they sum to %1) with no overflow.</source>
            <translation>そのまま計算したソフトマックスは失敗します：大きなスコアの exp() は ∞ にオーバーフローし、∞/∞ は NaN になります。先に C = max(a) を引くと、オーバーフローせずに同じ確率（和は %1）が得られます。</translation>
        </message>
        <message>
            <source>These scores are small enough for the naive formula: both ways agree. Try 1010, 1000, 990 to see the overflow.</source>
            <translation>このスコアならそのままの式でも計算でき、2 つの方法は一致します。1010, 1000, 990 でオーバーフローを確かめてください。</translation>
        </message>
        <message>
            <source>Type 10 outputs y₀ … y₉ (probabilities, not negative) separated by commas.</source>
            <translation>10 個の出力 y₀ … y₉（負でない確率）をカンマ区切りで入力してください。</translation>
        </message>
        <message>
            <source>t (one-hot)</source>
            <translation>t（one-hot）</translation>
        </message>
        <message>
            <source>−t log(y + 10⁻⁷)</source>
            <translation>−t log(y + 10⁻⁷)</translation>
        </message>
        <message>
            <source>½(y − t)²</source>
            <translation>½(y − t)²</translation>
        </message>
        <message>
            <source>Cross-entropy error E = −log(y%1 + 10⁻⁷) = %2 &amp;nbsp;&amp;nbsp; Sum-of-squares error E = ½Σ(y − t)² = %3</source>
            <translation>交差エントロピー誤差 E = −log(y%1 + 10⁻⁷) = %2 &amp;nbsp;&amp;nbsp; 二乗和誤差 E = ½Σ(y − t)² = %3</translation>
        </message>
        <message>
            <source>The day-1 notes' mean_squared_error, np.mean(np.square(d − y)) / 2, also divides by the 10 outputs: %1 (= %2 / 10).</source>
            <translation>day1 ノートの mean_squared_error（np.mean(np.square(d − y)) / 2）は出力の数 10 でも割るので %1（= %2 / 10）になります。</translation>
        </message>
        <message>
            <source>Type a number, e.g. 0.51.</source>
            <translation>数値を入力してください（例：0.51）。</translation>
        </message>
        <message>
            <source>✓ Right: %1</source>
            <translation>✓ 正解：%1</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. Only the correct class counts: E = −log(y₇ + 10⁻⁷). Try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。効くのは正解クラスだけです：E = −log(y₇ + 10⁻⁷)。もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>Predict E for the correct label 7:</source>
            <translation>正解ラベル 7 のときの E を予測：</translation>
        </message>
        <message>
            <source>your guess</source>
            <translation>予測値</translation>
        </message>
        <message>
            <source>Softmax and the losses</source>
            <translation>ソフトマックスと損失関数</translation>
        </message>
        <message>
            <source>Loss vs accuracy</source>
            <translation>損失関数と認識精度</translation>
        </message>
        <message>
            <source>Binary: SigmoidWithLoss</source>
            <translation>二値分類：SigmoidWithLoss</translation>
        </message>
        <message>
            <source>Softmax: yₖ = exp(aₖ − C) / Σᵢ exp(aᵢ − C)</source>
            <translation>ソフトマックス関数：yₖ = exp(aₖ − C) / Σᵢ exp(aᵢ − C)</translation>
        </message>
        <message>
            <source>Loss functions: the output y against the correct label t</source>
            <translation>損失関数：出力 y と正解ラベル t の比較</translation>
        </message>
        <message>
            <source>Scores a</source>
            <translation>スコア a</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>Output y</source>
            <translation>出力 y</translation>
        </message>
        <message>
            <source>Correct label</source>
            <translation>正解ラベル</translation>
        </message>
    </context>
    <context>
        <name>OverfittingExperiment</name>
        <message>
            <source>Training the three networks one after another…</source>
            <translation>3 つのネットワークを順に学習しています…</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>running…</source>
            <translation>学習中…</translation>
        </message>
        <message>
            <source>train %1, test %2, gap &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>訓練 %1、テスト %2、隔たり &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Stopped before every run finished: press Run again.</source>
            <translation>すべての学習が終わる前に中断しました。もう一度実行してください。</translation>
        </message>
        <message>
            <source>Run the experiment ▶</source>
            <translation>実験を実行 ▶</translation>
        </message>
        <message>
            <source>Make your prediction first</source>
            <translation>先に予想を選んでください</translation>
        </message>
        <message>
            <source>The book's full setting</source>
            <translation>本と同じ設定</translation>
        </message>
        <message>
            <source>all 10,000 test images</source>
            <translation>テスト画像 10,000 枚すべて</translation>
        </message>
        <message>
            <source>the first %1 test images</source>
            <translation>テスト画像の先頭 %1 枚</translation>
        </message>
        <message>
            <source>300 training images, 784-100×6-10 ReLU (He), SGD lr 0.01, batch 100: %1 epochs (Dropout %2), accuracy on %3. The book trains 200 epochs (Dropout 300) on all 10,000 test images: tick the box for that (about three times as long).</source>
            <translation>訓練画像 300 枚、784-100×6-10 ReLU（He の初期値）、SGD 学習率 0.01、バッチ 100：%1 エポック（Dropout は %2）、認識精度は %3 で測ります。本は 200 エポック（Dropout は 300）、テスト画像 10,000 枚すべてです。チェックするとその設定になります（約 3 倍の時間がかかります）。</translation>
        </message>
    </context>
    <context>
        <name>PaletteCard</name>
        <message>
            <source>Add %1 to the network</source>
            <translation>%1 をネットワークに追加</translation>
        </message>
        <message>
            <source>Drag into the layer stack, or double-click to add</source>
            <translation>層の構成へドラッグするか、ダブルクリックで追加</translation>
        </message>
    </context>
    <context>
        <name>Predict</name>
        <message>
            <source>Predict the highlighted value before it is shown.</source>
            <translation>表示される前に、強調された値を予測しましょう。</translation>
        </message>
        <message>
            <source>Predict the highlighted value first (or press Reveal).</source>
            <translation>先に強調された値を予測してください（または「答えを見る」を押します）。</translation>
        </message>
        <message>
            <source>Type + or − (or a number with that sign).</source>
            <translation>+ か − を入力してください（その符号の数値でもかまいません）。</translation>
        </message>
        <message>
            <source>Type a number, e.g. 1.4 or −0.25.</source>
            <translation>数値を入力してください（例：1.4、−0.25）。</translation>
        </message>
        <message>
            <source>Predict, then reveal</source>
            <translation>予測してから確かめる</translation>
        </message>
        <message>
            <source>the highlighted value</source>
            <translation>強調された値</translation>
        </message>
        <message>
            <source>Predict %1:</source>
            <translation>%1 を予測：</translation>
        </message>
        <message>
            <source>+ or −</source>
            <translation>+ か −</translation>
        </message>
        <message>
            <source>your guess</source>
            <translation>予測値</translation>
        </message>
        <message>
            <source>✗ Not that sign. Look at the numbers it is computed from, then try again — or press Reveal.</source>
            <translation>✗ 符号が違います。計算のもとになる数値を見て、もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>✗ %1 is off by %2. The formula below has the numbers: try again, or press Reveal.</source>
            <translation>✗ %1 は %2 ずれています。下の式に数値が入っています。もう一度予測するか、「答えを見る」を押してください。</translation>
        </message>
        <message>
            <source>✓ Right: the value is %1.</source>
            <translation>✓ 正解：値は %1 です。</translation>
        </message>
        <message>
            <source>✓ Right: the value is %1 — your guess %2 is within tolerance.</source>
            <translation>✓ 正解：値は %1 で、予測値 %2 は許容範囲内です。</translation>
        </message>
        <message>
            <source>The value is %1.</source>
            <translation>値は %1 です。</translation>
        </message>
        <message>
            <source>Your last guess was %1.</source>
            <translation>最後の予測値は %1 でした。</translation>
        </message>
        <message>
            <source>✎ Predict</source>
            <translation>✎ 予測</translation>
        </message>
        <message>
            <source>Predict, then reveal: hide each value until you have typed a guess</source>
            <translation>予測してから確かめる：予測値を入力するまで、各ステップの値を隠します</translation>
        </message>
    </context>
    <context>
        <name>PredictBox</name>
        <message>
            <source>Check</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>答えを見る</translation>
        </message>
        <message>
            <source>Show the value without a right guess</source>
            <translation>正解しないまま値を表示します</translation>
        </message>
    </context>
    <context>
        <name>PredictionPanel</name>
        <message>
            <source>Not sure — it is guessing: even the best, a &lt;b&gt;%1&lt;/b&gt;, has only %2.</source>
            <extracomment>Below this top probability the answer is called a guess (a uniform guess is 10%).</extracomment>
            <translation>自信がありません（当て推量）：最も高い &lt;b&gt;%1&lt;/b&gt; でも %2 です。</translation>
        </message>
        <message>
            <source>The network reads a &lt;b&gt;%1&lt;/b&gt; with %2 confidence.</source>
            <translation>ネットワークは &lt;b&gt;%1&lt;/b&gt; と読みました（確信度 %2）。</translation>
        </message>
        <message>
            <source>No model</source>
            <translation>モデルなし</translation>
        </message>
        <message>
            <source>Open a model file, or train one in the Train tab, to see what a network reads.</source>
            <translation>モデルファイルを開くか、学習タブでモデルを学習すると、認識結果が表示されます。</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>数字を書こう</translation>
        </message>
        <message>
            <source>One digit, 0 to 9, on the canvas: the prediction updates as you draw.</source>
            <translation>キャンバスに 0〜9 の数字を 1 つ。書いている間も予測が更新されます。</translation>
        </message>
        <message>
            <source>Probability of each digit (softmax output y)</source>
            <translation>各数字の確率（ソフトマックスの出力 y）</translation>
        </message>
    </context>
    <context>
        <name>PreprocessView</name>
        <message>
            <source>box
%1×%2 px</source>
            <translation>枠
%1×%2 px</translation>
        </message>
        <message>
            <source>scale
×%1</source>
            <translation>倍率
×%1</translation>
        </message>
        <message>
            <source>moved by
%1, %2 px</source>
            <translation>移動
%1, %2 px</translation>
        </message>
        <message>
            <source>1. Ink
and box</source>
            <translation>1. インク
と枠</translation>
        </message>
        <message>
            <source>2. Cropped</source>
            <translation>2. 切り出し</translation>
        </message>
        <message>
            <source>3. Fit in
20×20</source>
            <translation>3. 20×20
に縮小</translation>
        </message>
        <message>
            <source>4. Centred,
28×28</source>
            <translation>4. 重心で
28×28</translation>
        </message>
        <message>
            <source>Exactly the 784 numbers the network receives. The orange cross is the centre of mass, moved to the middle of the 28×28 field as in MNIST.</source>
            <translation>ネットワークが受け取る 784 個の数値そのものです。オレンジの十字は重心で、MNIST と同じく 28×28 の中央に移動しています。</translation>
        </message>
    </context>
    <context>
        <name>ProblemsList</name>
        <message>
            <source>No problems: this network can be built and trained.</source>
            <translation>問題はありません。このネットワークは構築・学習できます。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Layer %1 (%2)</source>
            <translation>層 %1（%2）</translation>
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <source>Layer</source>
            <translation>層</translation>
        </message>
        <message>
            <source>Layer %1: %2</source>
            <translation>層 %1：%2</translation>
        </message>
        <message>
            <source>Unknown layer type: remove it or pick a type below.</source>
            <translation>不明な層の種類です。削除するか、下で種類を選んでください。</translation>
        </message>
        <message>
            <source>The file's value %1 is not allowed here: choose a new one.</source>
            <translation>ファイルの値 %1 は使えません。新しい値を選んでください。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Tips: drag rows to reorder them · Delete removes a layer · Ctrl+D duplicates it · Ctrl+Z undoes any edit.</source>
            <translation>ヒント：行をドラッグすると並べ替えられます · Delete で層を削除 · Ctrl+D で複製 · Ctrl+Z でどの編集も元に戻せます。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Input shape</source>
            <translation>入力の形状</translation>
        </message>
        <message>
            <source>e.g. 784</source>
            <translation>例：784</translation>
        </message>
        <message>
            <source>Numbers per sample: 784 for MNIST as a vector, 1×28×28 as an image.</source>
            <translation>1 サンプルの大きさ：MNIST をベクトルとして扱うなら 784、画像として扱うなら 1×28×28。</translation>
        </message>
        <message>
            <source>Select a layer in the stack to edit its settings.</source>
            <translation>層の構成で層を選ぶと、ここで設定を変更できます。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種類</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>場所(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ファイルの種類(&amp;T):</translation>
        </message>
    </context>
    <context>
        <name>QuestionCard</name>
        <message>
            <source>✗ Not quite. Try again, or ask for the explanation.</source>
            <translation>✗ 違います。もう一度答えるか、解説を見てください。</translation>
        </message>
        <message>
            <source>✓ Right (answered earlier).</source>
            <translation>✓ 正解（以前に解答済み）</translation>
        </message>
        <message>
            <source>✓ Right!</source>
            <translation>✓ 正解です！</translation>
        </message>
        <message>
            <source>✗ Not quite. Read the explanation, then try again.</source>
            <translation>✗ 違います。解説を読んで、もう一度答えてください。</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>先に答えを選んでください。</translation>
        </message>
        <message>
            <source>Type a number first.</source>
            <translation>先に数値を入力してください。</translation>
        </message>
        <message>
            <source>Click a line of the code first.</source>
            <translation>先にコードの行をクリックしてください。</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>問%1</translation>
        </message>
        <message>
            <source>(Choose every right answer.)</source>
            <translation>（正しいものをすべて選んでください）</translation>
        </message>
        <message>
            <source>e.g. 0.25 or 1/4</source>
            <translation>例：0.25、1/4</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Explain</source>
            <translation>解説</translation>
        </message>
        <message>
            <source>ノートの訂正 — the notes corrected</source>
            <translation>ノートの訂正</translation>
        </message>
    </context>
    <context>
        <name>QuizPage</name>
        <message>
            <source>確認テスト: all %1 questions answered right. ✓</source>
            <translation>確認テスト：%1 問すべて正解です。✓</translation>
        </message>
        <message>
            <source>確認テスト: answer each question and press Check — %1 of %2 right so far. The explanation follows each answer; where the notes are wrong, a correction says so.</source>
            <translation>確認テスト：各問に答えて「判定」を押してください。ここまで %2 問中 %1 問正解。解答ごとに解説が出ます。ノートが間違っている箇所は「ノートの訂正」で示します。</translation>
        </message>
    </context>
    <context>
        <name>RaceVerdict</name>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Loss after %1 iterations (mean of the last reported batches) — %2.</source>
            <translation>%1 回後の損失（最後に報告されたバッチの平均）— %2。</translation>
        </message>
        <message>
            <source>The comparison was stopped before every run ended: run it again to see the book's point.</source>
            <translation>すべての実行が終わる前に比較が止められました。本の結果を確かめるには、もう一度実行してください。</translation>
        </message>
        <message>
            <source>✓ SGD is the slowest, as in the book's figure 6-9.</source>
            <translation>✓ 本の図 6-9 のとおり、SGD が最も遅くなりました。</translation>
        </message>
        <message>
            <source>Adam's loss is %1 times smaller than SGD's.</source>
            <translation>Adam の損失は SGD の %1 分の 1 です。</translation>
        </message>
        <message>
            <source>✗ This time SGD was not the slowest — not what the book shows.</source>
            <translation>✗ 今回は SGD が最も遅くはなりませんでした — 本とは違う結果です。</translation>
        </message>
        <message>
            <source>✓ With std 0.01 the network has not learned at all (ln 10 = 2.303 is the loss of a blind guess among 10 digits), while He learns — as in the book's figure 6-15.</source>
            <translation>✓ 本の図 6-15 のとおり、標準偏差 0.01 ではまったく学習できず（ln 10 = 2.303 は 10 個の数字を当てずっぽうで選んだときの損失です）、He では学習が進みました。</translation>
        </message>
        <message>
            <source>He is the fastest.</source>
            <translation>He が最も速く学習しました。</translation>
        </message>
        <message>
            <source>Xavier was ahead of He this time (the book has He slightly first).</source>
            <translation>今回は Xavier が He より先行しました（本ではわずかに He が先です）。</translation>
        </message>
        <message>
            <source>✗ This run does not show the book's point (std 0.01 stuck at 2.303, He learning).</source>
            <translation>✗ この実行では本の結果（標準偏差 0.01 は 2.303 のまま、He は学習する）になりませんでした。</translation>
        </message>
    </context>
    <context>
        <name>RecentFilesMenu</name>
        <message>
            <source>&amp;Clear Menu</source>
            <translation>一覧を消去(&amp;C)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近使ったファイル(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>RecordPanel</name>
        <message>
            <source>Reads</source>
            <translation>入力</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>パラメータ</translation>
        </message>
        <message>
            <source>Computes</source>
            <translation>計算結果</translation>
        </message>
        <message>
            <source>Numerical check</source>
            <translation>数値微分で確認</translation>
        </message>
        <message>
            <source>Compare backprop with central differences (L(θ + h) − L(θ − h)) / 2h for this layer (N)</source>
            <translation>この層の勾配を中心差分 (L(θ + h) − L(θ − h)) / 2h と比べます (N)</translation>
        </message>
    </context>
    <context>
        <name>RegularisationPage</name>
        <message>
            <source>Batch normalisation</source>
            <translation>バッチ正規化</translation>
        </message>
        <message>
            <source>Overfitting and regularisation</source>
            <translation>過学習と正則化</translation>
        </message>
        <message>
            <source>Validation data</source>
            <translation>検証データ</translation>
        </message>
        <message>
            <source>Choosing lr and λ on validation data (book 6.5, figure 6-24): a random search</source>
            <translation>検証データで学習率と λ を選ぶ（本 6.5、図 6-24）：ランダムサーチ</translation>
        </message>
        <message>
            <source>BatchNorm on a mini-batch, step by step</source>
            <translation>ミニバッチでのバッチ正規化を 1 ステップずつ</translation>
        </message>
        <message>
            <source>The book's experiment (figure 6-19): the initial weight scale with and without BatchNorm</source>
            <translation>本の実験（図 6-19）：重みの初期値のスケールとバッチ正規化の有無</translation>
        </message>
        <message>
            <source>The book's experiments (figures 6-20, 6-21, 6-23): overfitting, weight decay and Dropout</source>
            <translation>本の実験（図 6-20・6-21・6-23）：過学習、荷重減衰、Dropout</translation>
        </message>
        <message>
            <source>Train 784-100×5-10 with BatchNorm in the Train tab ▶</source>
            <translation>バッチ正規化ありの 784-100×5-10 を学習タブへ ▶</translation>
        </message>
        <message>
            <source>Train 784-100×6-10 with weight decay λ = 0.1 on 300 images in the Train tab ▶</source>
            <translation>荷重減衰 λ = 0.1 の 784-100×6-10（画像 300 枚）を学習タブへ ▶</translation>
        </message>
    </context>
    <context>
        <name>ResultBox</name>
        <message>
            <source>Train a network or open a model to save it, test it in the Draw tab or step through it.</source>
            <translation>ネットワークを学習するかモデルを開くと、保存・手書きタブでのテスト・ステップ実行ができます。</translation>
        </message>
        <message>
            <source>Opened model: %1, test accuracy %2</source>
            <translation>開いたモデル：%1、テスト正解率 %2</translation>
        </message>
        <message>
            <source>Run %1 (failed): %2, test accuracy %3</source>
            <translation>実行 %1（失敗）：%2、テスト正解率 %3</translation>
        </message>
        <message>
            <source>Run %1: %2, test accuracy %3</source>
            <translation>実行 %1：%2、テスト正解率 %3</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>保存…</translation>
        </message>
        <message>
            <source>Save the model (.npz) with its settings and accuracy</source>
            <translation>モデル（.npz）を設定と正解率とともに保存します</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>手書き</translation>
        </message>
        <message>
            <source>Test the model on digits you draw (Draw tab)</source>
            <translation>手書きした数字でモデルを試します（手書きタブ）</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>Walk one sample through the model, layer by layer</source>
            <translation>1 つのサンプルを 1 層ずつモデルに通して見ます</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>No results yet: train a network, or open a model and press Evaluate.</source>
            <translation>結果はまだありません。ネットワークを学習するか、モデルを開いて「評価」を押してください。</translation>
        </message>
        <message>
            <source>Test accuracy %1%: %2 of %3 test images right, %4 wrong.</source>
            <translation>テスト正解率 %1%：テスト画像 %3 枚のうち %2 枚正解、%4 枚不正解。</translation>
        </message>
        <message>
            <source>Confusion matrix and accuracy per digit</source>
            <translation>混同行列と数字ごとの正解率</translation>
        </message>
        <message>
            <source>Confusion matrix and accuracy per class</source>
            <translation>混同行列とクラスごとの正解率</translation>
        </message>
        <message>
            <source>Mistakes: prediction (true label), surest first</source>
            <translation>誤分類：予測（正解ラベル）、確信度の高い順</translation>
        </message>
        <message>
            <source>Evaluate</source>
            <translation>評価</translation>
        </message>
        <message>
            <source>Run the model over the test set now</source>
            <translation>今のモデルでテストデータ全体を評価します</translation>
        </message>
    </context>
    <context>
        <name>RunControls</name>
        <message>
            <source>Resume</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>Loading the data…</source>
            <translation>データを読み込んでいます…</translation>
        </message>
        <message>
            <source>Training on %1 images…</source>
            <translation>%1 枚の画像で学習しています…</translation>
        </message>
        <message>
            <source>Epoch %1/%2 · %3 images/s · %4 left</source>
            <translation>エポック %1/%2 · %3 枚/秒 · 残り %4</translation>
        </message>
        <message>
            <source>Paused. Press Resume to go on.</source>
            <translation>一時停止中。「再開」で続けます。</translation>
        </message>
        <message>
            <source>Training paused</source>
            <translation>学習を一時停止中</translation>
        </message>
        <message>
            <source>Training paused at epoch %1/%2</source>
            <translation>エポック %1/%2 で学習を一時停止中</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>停止しています…</translation>
        </message>
        <message>
            <source>%1 in all, %2 per epoch.</source>
            <translation>所要 %1（1 エポック %2）。</translation>
        </message>
        <message>
            <source>%1 in all.</source>
            <translation>所要 %1。</translation>
        </message>
        <message>
            <source>Finished: test accuracy %1%.</source>
            <translation>完了：テスト正解率 %1%。</translation>
        </message>
        <message>
            <source>Stopped: test accuracy %1%.</source>
            <translation>停止：テスト正解率 %1%。</translation>
        </message>
        <message>
            <source>Training finished.</source>
            <translation>学習が完了しました。</translation>
        </message>
        <message>
            <source>Training stopped.</source>
            <translation>学習を停止しました。</translation>
        </message>
        <message>
            <source>Training diverged: the weights of the last good step are kept.</source>
            <translation>学習が発散しました。最後に正常だったステップの重みを残しています。</translation>
        </message>
        <message>
            <source>Training failed: the loss grew instead of falling.</source>
            <translation>学習に失敗しました：損失が減らずに増えました。</translation>
        </message>
        <message>
            <source>Training failed: every unit of a ReLU layer died.</source>
            <translation>学習に失敗しました：ReLU 層のすべてのユニットが死にました。</translation>
        </message>
        <message>
            <source>Training could not run.</source>
            <translation>学習を実行できませんでした。</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>学習開始</translation>
        </message>
        <message>
            <source>Train a copy of the network with these settings</source>
            <translation>この設定でネットワークのコピーを学習します</translation>
        </message>
        <message>
            <source>Pause after the current mini-batch, or go on</source>
            <translation>今のミニバッチの後で一時停止、または再開します</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop after the current mini-batch; the weights learnt so far are kept</source>
            <translation>今のミニバッチの後で止めます。それまでに学習した重みは残ります</translation>
        </message>
        <message>
            <source>Ready.</source>
            <translation>準備完了。</translation>
        </message>
    </context>
    <context>
        <name>RunPages</name>
        <message>
            <source>Inside the network</source>
            <translation>ネットワークの内部</translation>
        </message>
        <message>
            <source>Test results</source>
            <translation>テスト結果</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>実行の比較</translation>
        </message>
    </context>
    <context>
        <name>RunSetup</name>
        <message>
            <source>Nothing to train</source>
            <translation>学習するものがありません</translation>
        </message>
        <message>
            <source>There is no design yet: build a network in the Designer tab or open a model.</source>
            <translation>まだ設計がありません。設計タブでネットワークを作るか、モデルを開いてください。</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Layer %1</source>
            <translation>層 %1</translation>
        </message>
        <message>
            <source>The design has problems: fix them in the Designer</source>
            <translation>設計に問題があります。設計タブで直してください</translation>
        </message>
        <message>
            <source>This network cannot learn MNIST</source>
            <translation>このネットワークでは MNIST を学習できません</translation>
        </message>
        <message>
            <source>The network cannot be built</source>
            <translation>ネットワークを作れません</translation>
        </message>
    </context>
    <context>
        <name>RunsPage</name>
        <message>
            <source>Tick a run to draw its curves (dashed) next to the current one.</source>
            <translation>チェックを入れた実行の曲線を、今の曲線と並べて（破線で）表示します。</translation>
        </message>
    </context>
    <context>
        <name>RunsTable</name>
        <message>
            <source>Run %1</source>
            <translation>実行 %1</translation>
        </message>
        <message>
            <source>Run %1 (now)</source>
            <translation>実行 %1（実行中）</translation>
        </message>
        <message>
            <source>running</source>
            <translation>実行中</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>発散</translation>
        </message>
        <message>
            <source>failed: loss grew</source>
            <translation>失敗：損失が増加</translation>
        </message>
        <message>
            <source>failed: ReLUs died</source>
            <translation>失敗：ReLU が全滅</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>(%1/epoch)</source>
            <translation>（%1/エポック）</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>実行</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学習率</translation>
        </message>
        <message>
            <source>Batch × epochs</source>
            <translation>バッチ × エポック</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>テスト正解率</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Training time</source>
            <translation>学習時間</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Step forward</source>
            <translation>順伝播を 1 歩進める</translation>
        </message>
        <message>
            <source>Step backward</source>
            <translation>逆伝播を 1 歩進める</translation>
        </message>
        <message>
            <source>Undo the last step</source>
            <translation>最後のステップを元に戻す</translation>
        </message>
        <message>
            <source>Run to the end of the pass</source>
            <translation>パスの最後まで実行</translation>
        </message>
        <message>
            <source>Apply the update</source>
            <translation>重みを更新</translation>
        </message>
        <message>
            <source>Reset to the start</source>
            <translation>最初に戻す</translation>
        </message>
        <message>
            <source>Auto-play on or off</source>
            <translation>自動再生の開始・停止</translation>
        </message>
        <message>
            <source>Check with the numerical gradient</source>
            <translation>数値微分で確かめる</translation>
        </message>
        <message>
            <source>Clear the canvas</source>
            <translation>キャンバスを消去</translation>
        </message>
        <message>
            <source>Remove the last stroke</source>
            <translation>最後の線を消す</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>やり直す</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>どこでも</translation>
        </message>
        <message>
            <source>Designer (the layer stack has the focus)</source>
            <translation>デザイナー（層の構成にフォーカスがあるとき）</translation>
        </message>
        <message>
            <source>Stepping lessons (not while typing in a field)</source>
            <translation>ステップ実行のレッスン（入力欄で入力中を除く）</translation>
        </message>
        <message>
            <source>Draw (the canvas has the focus)</source>
            <translation>手描き（キャンバスにフォーカスがあるとき）</translation>
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>キー</translation>
        </message>
    </context>
    <context>
        <name>SignalPanel</name>
        <message>
            <source>w = %1: accuracy &lt;b style='color:%5'&gt;%2 %&lt;/b&gt; (slope %3) · cross-entropy error &lt;b style='color:%6'&gt;%4&lt;/b&gt; (slope %7)</source>
            <translation>w = %1：認識精度 &lt;b style='color:%5'&gt;%2 %&lt;/b&gt;（傾き %3）· 交差エントロピー誤差 &lt;b style='color:%6'&gt;%4&lt;/b&gt;（傾き %7）</translation>
        </message>
        <message>
            <source>Why training follows the loss, not the accuracy: y = sigmoid(w·x − 1) classifies 100 samples. Move w. The accuracy counts right answers, so it jumps by 1 % and is flat in between — its slope is 0 almost everywhere and says nothing about which way to move w (e.g. 32 of 100 right stays 32 % for a small change). The cross-entropy error changes with every w: its slope always points the way.</source>
            <translation>学習の指標に認識精度ではなく損失関数を使う理由：y = sigmoid(w·x − 1) で 100 個のサンプルを分類します。w を動かしてみましょう。認識精度は正解の数を数えるので 1% ずつとびとびに変わり、その間は平らです。傾き（微分）はほとんどの場所で 0 になり、w をどちらに動かせばよいかを教えてくれません（たとえば 100 枚中 32 枚正解の 32% は、少し動かしても 32% のままです）。交差エントロピー誤差は w とともに連続的に変わるので、傾きがいつも進む向きを示します。</translation>
        </message>
        <message>
            <source>accuracy (%)</source>
            <translation>認識精度（%）</translation>
        </message>
        <message>
            <source>cross-entropy error</source>
            <translation>交差エントロピー誤差</translation>
        </message>
        <message>
            <source>weight w</source>
            <translation>重み w</translation>
        </message>
    </context>
    <context>
        <name>SizeCalculator</name>
        <message>
            <source>The filter is larger than the padded input.</source>
            <extracomment>The book's SimpleConvNet trained in the book's setting (resources/models/README.md): the same network as "before", so its first layer is figure 7-24's "after".</extracomment>
            <translation>フィルターがパディング後の入力より大きくなっています。</translation>
        </message>
        <message>
            <source>Not a whole number: the filter does not fit the input evenly — change H, P, FH or S (NN Lab's designer refuses such a layer).</source>
            <translation>整数になりません。フィルターが入力にぴったり収まらないので、H・P・FH・S のどれかを変えてください（NN Lab のデザイナーはこのような層を受け付けません）。</translation>
        </message>
        <message>
            <source>im2col of %1 input(s) of %2×%3×%3 with a %4×%4 filter: col has shape &lt;b&gt;%5&lt;/b&gt; — N·OH·OW = %1·%6·%6 = %7 rows (one per window) and C·FH·FW = %2·%4·%4 = %8 columns (one per filter weight).</source>
            <translation>%2×%3×%3 の入力 %1 個を %4×%4 のフィルターで im2col すると、col の形状は &lt;b&gt;%5&lt;/b&gt; — N·OH·OW = %1·%6·%6 = %7 行（窓ごとに 1 行）、C·FH·FW = %2·%4·%4 = %8 列（フィルターの重みごとに 1 列）です。</translation>
        </message>
        <message>
            <source>output %1×%1</source>
            <translation>出力 %1×%1</translation>
        </message>
        <message>
            <source>Input size H</source>
            <translation>入力サイズ H</translation>
        </message>
        <message>
            <source>Padding P</source>
            <translation>パディング P</translation>
        </message>
        <message>
            <source>Filter size FH</source>
            <translation>フィルターサイズ FH</translation>
        </message>
        <message>
            <source>Stride S</source>
            <translation>ストライド S</translation>
        </message>
        <message>
            <source>Channels C</source>
            <translation>チャンネル数 C</translation>
        </message>
        <message>
            <source>Batch size N</source>
            <translation>バッチサイズ N</translation>
        </message>
    </context>
    <context>
        <name>StepControls</name>
        <message>
            <source>Auto-play</source>
            <translation>自動再生</translation>
        </message>
        <message>
            <source>◀ Backward one node</source>
            <translation>◀ 逆伝播を 1 ノード</translation>
        </message>
        <message>
            <source>Forward one node ▶</source>
            <translation>順伝播を 1 ノード ▶</translation>
        </message>
        <message>
            <source>◀ Backward one layer</source>
            <translation>◀ 逆伝播を 1 層</translation>
        </message>
        <message>
            <source>Forward one layer ▶</source>
            <translation>順伝播を 1 層 ▶</translation>
        </message>
        <message>
            <source>Send the gradient back through the next layer</source>
            <translation>勾配を次の層へ逆伝播します</translation>
        </message>
        <message>
            <source>Run the next layer forward (after a finished pass: start a new one)</source>
            <translation>次の層を順伝播します（1 回分が終わっていれば新しく始めます）</translation>
        </message>
        <message>
            <source>Run to end</source>
            <translation>最後まで実行</translation>
        </message>
        <message>
            <source>Finish this pass: the rest of the forward and every backward step</source>
            <translation>残りの順伝播とすべての逆伝播を実行します</translation>
        </message>
        <message>
            <source>Step slowly by itself until the end of the pass</source>
            <translation>1 回分の終わりまで自動でゆっくり進めます</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Take back the last step or edited value exactly</source>
            <translation>最後のステップまたは値の編集を正確に取り消します</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>リセット</translation>
        </message>
        <message>
            <source>Back to the start, with the weights the session began with</source>
            <translation>最初の状態（開始時の重み）に戻します</translation>
        </message>
        <message>
            <source>Apply update</source>
            <translation>重みを更新</translation>
        </message>
        <message>
            <source>Move every weight against its gradient with this optimizer and learning rate</source>
            <translation>この最適化手法と学習率で、すべての重みを勾配と逆向きに動かします</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>ε (learning rate)</source>
            <translation>ε（学習率）</translation>
        </message>
        <message>
            <source>ε in W ← W − ε ∂L/∂W</source>
            <translation>W ← W − ε ∂L/∂W の ε</translation>
        </message>
    </context>
    <context>
        <name>StepFormula</name>
        <message>
            <source>(no worked example for this element)</source>
            <translation>（この要素の計算例はありません）</translation>
        </message>
        <message>
            <source>(t is one-hot: 1 for the label %1, 0 elsewhere)</source>
            <translation>（t は one-hot 表現：正解ラベル %1 だけ 1、他は 0）</translation>
        </message>
        <message>
            <source>the head’s δ, passed down</source>
            <translation>出力層の δ、下の層へ渡す</translation>
        </message>
        <message>
            <source>because %1 &gt; 0</source>
            <translation>%1 &gt; 0 なので</translation>
        </message>
        <message>
            <source>α, because %1 ≤ 0</source>
            <translation>%1 ≤ 0 なので α</translation>
        </message>
        <message>
            <source>(√(σ² + ε) = %1, ε = %2)</source>
            <translation>（√(σ² + ε) = %1、ε = %2）</translation>
        </message>
        <message>
            <source>(σ′(u) = (1 − σ(u)) σ(u), at most 0.25)</source>
            <translation>（σ′(u) = (1 − σ(u)) σ(u)、最大でも 0.25）</translation>
        </message>
        <message>
            <source>(the step function is flat)</source>
            <translation>（ステップ関数は平らなので）</translation>
        </message>
        <message>
            <source>(the same units as in the forward pass)</source>
            <translation>（順伝播と同じユニット）</translation>
        </message>
        <message>
            <source>(%n zero terms left out)</source>
            <translation>（0 の項 %n 個を省略）</translation>
        </message>
        <message>
            <source>(the maximum is x[%1], marked with a dot)</source>
            <translation>（最大値は x[%1]、点で示しています）</translation>
        </message>
        <message>
            <source>at the maximum of each window, 0 everywhere else (the gradient goes only to the element that won)</source>
            <translation>（各窓の最大値の位置）、それ以外は 0（勾配は最大値だった要素にだけ流れます）</translation>
        </message>
        <message>
            <source>(x[%1] is not the maximum of any window)</source>
            <translation>（x[%1] はどの窓の最大値でもありません）</translation>
        </message>
        <message>
            <source>(because %1 &gt; 0)</source>
            <translation>（%1 &gt; 0 なので）</translation>
        </message>
        <message>
            <source>kept</source>
            <translation>残す</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>消す</translation>
        </message>
        <message>
            <source>batch mean and variance</source>
            <translation>バッチの平均と分散</translation>
        </message>
        <message>
            <source>running mean and variance</source>
            <translation>移動平均の平均と分散</translation>
        </message>
        <message>
            <source>(computed as e&lt;sup&gt;u − C&lt;/sup&gt; with C = max u = %1, so nothing overflows)</source>
            <translation>（オーバーフローしないよう C = max u = %1 を引いて e&lt;sup&gt;u − C&lt;/sup&gt; で計算）</translation>
        </message>
        <message>
            <source>(m = 1: kept, m = 0: dropped)</source>
            <translation>（m = 1：残す、m = 0：消す）</translation>
        </message>
        <message>
            <source>(∂L/∂%1 = %2; the size of the step comes from the optimizer’s running averages)</source>
            <translation>（∂L/∂%1 = %2。更新幅は最適化手法がこれまでの勾配から計算します）</translation>
        </message>
        <message>
            <source>%n more</source>
            <translation>他 %n 項</translation>
        </message>
    </context>
    <context>
        <name>StepNarration</name>
        <message>
            <source>Open a network to step through it.</source>
            <translation>ネットワークを開くと、1 層ずつ計算を追えます。</translation>
        </message>
        <message>
            <source>Nothing has been computed yet. Press &lt;b&gt;Forward one layer&lt;/b&gt; (→) to send the input through the first layer and see every number it computes.</source>
            <translation>まだ何も計算していません。&lt;b&gt;順伝播を 1 層&lt;/b&gt;（→）を押すと、入力が最初の層を通り、計算されるすべての値が表示されます。</translation>
        </message>
        <message>
            <source>Every weight and bias moved a little against its gradient. Step forward to start a new pass with the new weights and watch the loss change.</source>
            <translation>すべての重みとバイアスが、勾配と逆向きに少しずつ動きました。順伝播を進めると新しい重みで計算が始まり、損失の変化が見られます。</translation>
        </message>
        <message>
            <source>Affine layer: each output u is a weighted sum of all the inputs plus a bias, u = xW + b. Click an output value to see its sum worked out; double-click an input or a weight to change it.</source>
            <translation>全結合層（Affine）：出力 u はそれぞれ、すべての入力の重み付き和にバイアスを足したもの u = xW + b です。出力の値をクリックすると計算の中身が、入力や重みをダブルクリックすると値の変更ができます。</translation>
        </message>
        <message>
            <source>Activation function: it is applied to each value on its own, so the shape does not change. Without it, stacked Affine layers would be one Affine layer.</source>
            <translation>活性化関数：値の一つひとつに別々に適用されるので、形状は変わりません。活性化関数がなければ、Affine 層を何層重ねても 1 層の Affine と同じです。</translation>
        </message>
        <message>
            <source>Output layer: it turns u into the output y and compares y with the target t. The loss L measures how wrong the network is; training makes it smaller.</source>
            <translation>出力層：u を出力 y に変え、y を正解 t と比べます。損失 L はネットワークの誤りの大きさで、学習はこれを小さくします。</translation>
        </message>
        <message>
            <source>Batch normalisation: every unit is shifted and scaled to mean 0 and variance 1 over the batch, then γ and β set its scale and offset.</source>
            <translation>バッチ正規化：各ユニットをバッチ全体で平均 0・分散 1 になるよう変換し、γ と β で拡大とずらしを加えます。</translation>
        </message>
        <message>
            <source>Dropout: while training, some units are switched off at random, so the network cannot rely on any single one.</source>
            <translation>ドロップアウト：学習中はユニットの一部をランダムに消すので、ネットワークは特定のユニットに頼れません。</translation>
        </message>
        <message>
            <source>Convolution layer: each filter slides over the input; at every position the products of the filter with the window under it are added up, plus the filter's bias. Each filter makes one feature map. Click an output value to light up its window (its receptive field) and see the sum of products.</source>
            <translation>畳み込み層：各フィルターが入力の上を移動し、各位置でフィルターとその下の窓の積を足し合わせ（積和演算）、フィルターのバイアスを加えます。フィルター 1 枚が特徴マップ 1 枚を作ります。出力の値をクリックすると、その窓（受容野）が光り、積和が表示されます。</translation>
        </message>
        <message>
            <source>Max pooling: each output is the largest value of its window, channel by channel (the dots mark the winners). It has no weights, makes the maps smaller, and tolerates small shifts of the input.</source>
            <translation>最大値プーリング：各出力はチャンネルごとに窓の最大値です（点が最大値の位置）。重みはなく、マップを小さくし、入力の小さなずれに強くなります。</translation>
        </message>
        <message>
            <source>This layer only rearranges the numbers.</source>
            <translation>この層は値を並べ替えるだけです。</translation>
        </message>
        <message>
            <source>The forward pass is finished: press &lt;b&gt;Backward one layer&lt;/b&gt; (←) to send the gradient back.</source>
            <translation>順伝播が終わりました。&lt;b&gt;逆伝播を 1 層&lt;/b&gt;（←）を押して勾配を戻しましょう。</translation>
        </message>
        <message>
            <source>Backpropagation starts at the loss. For this output layer the gradient is simply ∂L/∂u = (y − t)/N: how far each output is from its target.</source>
            <translation>逆伝播は損失から始まります。この出力層の勾配は単純に ∂L/∂u = (y − t)/N で、各出力が正解からどれだけ離れているかを表します。</translation>
        </message>
        <message>
            <source>The gradient δ arriving from above is used three times: ∂L/∂W = xᵀ·δ and ∂L/∂b = Σδ say how to change this layer's weights, and ∂L/∂x = δ·Wᵀ is passed down to the layer below.</source>
            <translation>上から届いた勾配 δ は 3 か所で使われます。∂L/∂W = xᵀ·δ と ∂L/∂b = Σδ はこの層の重みの変え方を示し、∂L/∂x = δ·Wᵀ は下の層へ渡されます。</translation>
        </message>
        <message>
            <source>The δ of each feature map comes back: ∂L/∂W of a filter adds up δ times the input window at every position, ∂L/∂b adds up the map's δ, and ∂L/∂x (needed only when a layer below learns) spreads δ back through the filter weights.</source>
            <translation>各特徴マップの δ が戻ってきます。フィルターの ∂L/∂W は各位置で δ と入力の窓の積を足し合わせ、∂L/∂b はマップの δ を足し合わせ、∂L/∂x（下に学習する層があるときだけ必要）は δ をフィルターの重みを通して戻します。</translation>
        </message>
        <message>
            <source>Max pooling passes each δ back only to the element that won its window (the dots); every other element gets 0.</source>
            <translation>最大値プーリングは各 δ を、その窓で最大値だった要素（点）にだけ戻します。ほかの要素は 0 です。</translation>
        </message>
        <message>
            <source>The step function is flat everywhere (except at 0), so its derivative is 0 and the gradient stops here: the layers below cannot learn.</source>
            <translation>ステップ関数は（0 以外で）どこでも平らなので微分は 0 になり、勾配はここで止まります。下の層は学習できません。</translation>
        </message>
        <message>
            <source>Going back through an activation multiplies δ by its derivative, element by element.</source>
            <translation>活性化関数を逆にたどると、δ に微分が要素ごとに掛けられます。</translation>
        </message>
        <message>
            <source>The gradient passes back through this layer.</source>
            <translation>勾配がこの層を逆向きに通ります。</translation>
        </message>
        <message>
            <source>The backward pass is finished: every gradient is known. Press &lt;b&gt;Apply update&lt;/b&gt; (A) to change the weights.</source>
            <translation>逆伝播が終わり、すべての勾配がわかりました。&lt;b&gt;重みを更新&lt;/b&gt;（A）を押して重みを変えましょう。</translation>
        </message>
    </context>
    <context>
        <name>StepSlots</name>
        <message>
            <source>before the update</source>
            <translation>更新前</translation>
        </message>
        <message>
            <source>after the update</source>
            <translation>更新後</translation>
        </message>
    </context>
    <context>
        <name>StepView</name>
        <message>
            <source>Pause</source>
            <translation>一時停止</translation>
        </message>
        <message>
            <source>the input has shape %1, but the network takes %2 (or a batch N×%2).</source>
            <translation>入力の形状は %1 ですが、ネットワークの入力は %2（またはバッチ N×%2）です。</translation>
        </message>
        <message>
            <source>the targets t do not fit the output layer (%1).</source>
            <translation>正解 t が出力層に合いません（%1）。</translation>
        </message>
        <message>
            <source>the loss is not a finite number for these values.</source>
            <translation>この値では損失が有限の数になりません。</translation>
        </message>
        <message>
            <source>a label must be a whole number from 0 to %1</source>
            <translation>ラベルは 0 から %1 までの整数です</translation>
        </message>
        <message>
            <source>The weights were just updated, so values cannot be edited now: undo the update, or step forward to start a new pass.</source>
            <translation>重みを更新した直後なので、今は値を編集できません。更新を元に戻すか、順伝播を進めて新しく計算を始めてください。</translation>
        </message>
        <message>
            <source>That value was not accepted: %1</source>
            <translation>この値は受け付けられません：%1</translation>
        </message>
        <message>
            <source>Cannot step this network with this data: %1</source>
            <translation>このデータではネットワークを 1 層ずつ実行できません：%1</translation>
        </message>
        <message>
            <source>Layer %1 has not been computed yet.</source>
            <translation>第 %1 層はまだ計算していません。</translation>
        </message>
        <message>
            <source>Inference ends with the forward pass: Reset to step it again.</source>
            <translation>推論は順伝播で終わりです。もう一度たどるには「リセット」を押してください。</translation>
        </message>
        <message>
            <source>This is inference: the network only computes forward, there is no backward pass.</source>
            <translation>これは推論です。ネットワークは順伝播だけを計算し、逆伝播はありません。</translation>
        </message>
        <message>
            <source>Finish the forward pass first: step forward to the output layer.</source>
            <translation>先に順伝播を終えてください：出力層まで順伝播を進めます。</translation>
        </message>
        <message>
            <source>Finish the backward pass first: the update needs every gradient.</source>
            <translation>先に逆伝播を終えてください：更新にはすべての勾配が必要です。</translation>
        </message>
        <message>
            <source>This step could not be computed: %1</source>
            <translation>このステップを計算できませんでした：%1</translation>
        </message>
        <message>
            <source>%1 is now %2: every value after it was recomputed.</source>
            <translation>%1 を %2 にしました。その後の値はすべて計算し直されました。</translation>
        </message>
        <message>
            <source>%1: every value after it was recomputed.</source>
            <translation>%1：その後の値をすべて計算し直しました。</translation>
        </message>
        <message>
            <source>“%1” is not a number. Type a value such as 0.5, −2 or 1e-3.</source>
            <translation>「%1」は数ではありません。0.5、−2、1e-3 のような値を入力してください。</translation>
        </message>
        <message>
            <source>Diagram ▴</source>
            <translation>ネットワーク図 ▴</translation>
        </message>
        <message>
            <source>Diagram ▾</source>
            <translation>ネットワーク図 ▾</translation>
        </message>
        <message>
            <source>Hide the diagram to give the step more room</source>
            <translation>ネットワーク図を隠して、ステップの表示を広くします</translation>
        </message>
        <message>
            <source>Show the network diagram</source>
            <translation>ネットワーク図を表示します</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>ステップ</translation>
        </message>
        <message>
            <source>What this step does</source>
            <translation>このステップの説明</translation>
        </message>
        <message>
            <source>layer %1 of %2: %3</source>
            <translation>第 %1 層（全 %2 層）：%3</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>順伝播</translation>
        </message>
        <message>
            <source>Backward</source>
            <translation>逆伝播</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Update · %1, ε = %2</source>
            <translation>更新 · %1、ε = %2</translation>
        </message>
        <message>
            <source>Done: inference ends with the forward pass (Reset to step it again)</source>
            <translation>完了：推論は順伝播で終わりです（もう一度たどるには「リセット」）</translation>
        </message>
        <message>
            <source>Done: every gradient is known. Step forward to start a new pass</source>
            <translation>完了：すべての勾配が求まりました。順伝播を進めると新しいパスが始まります</translation>
        </message>
        <message>
            <source>Next: forward through layer %1 (%2)</source>
            <translation>次：第 %1 層（%2）の順伝播</translation>
        </message>
        <message>
            <source>Next: backward through layer %1 (%2)</source>
            <translation>次：第 %1 層（%2）の逆伝播</translation>
        </message>
        <message>
            <source>Next: apply the update (or step forward for a new pass without it)</source>
            <translation>次：重みを更新（更新せずに順伝播を始めることもできます）</translation>
        </message>
        <message>
            <source>Next: step forward to start a new pass with the new weights</source>
            <translation>次：新しい重みで順伝播を始めます</translation>
        </message>
        <message>
            <source>Click a layer to see its step.</source>
            <translation>層をクリックするとそのステップを表示します。</translation>
        </message>
        <message>
            <source>Circles: the gradients that have come back so far (sample 1). Click a layer to see its step.</source>
            <translation>円：ここまで逆伝播してきた勾配（サンプル 1）。層をクリックするとそのステップを表示します。</translation>
        </message>
        <message>
            <source>Circles: the values of sample 1 (blue positive, orange negative); lines: the weights. Click a layer to see its step.</source>
            <translation>円：サンプル 1 の値（青は正、橙は負）、線：重み。層をクリックするとそのステップを表示します。</translation>
        </message>
        <message>
            <source>No network</source>
            <translation>ネットワークがありません</translation>
        </message>
        <message>
            <source>Ready · the input and the target</source>
            <translation>準備完了 · 入力と正解</translation>
        </message>
        <message>
            <source>Press &lt;b&gt;Forward one layer&lt;/b&gt; (→ or F) to compute the first layer.</source>
            <translation>&lt;b&gt;順伝播を 1 層&lt;/b&gt;（→ または F）を押すと最初の層を計算します。</translation>
        </message>
        <message>
            <source>layer %1: %2 %3</source>
            <translation>第 %1 層：%2 %3</translation>
        </message>
        <message>
            <source>The weights were just updated, so values cannot be edited now: undo the update, or step forward to start a new pass with the new weights.</source>
            <translation>重みを更新した直後なので、今は値を編集できません。更新を元に戻すか、順伝播を進めて新しい重みで計算を始めてください。</translation>
        </message>
        <message>
            <source>Click a computed value to see how it is computed. Double-click an input, a weight or the target to change it: everything after it is recomputed.</source>
            <translation>計算結果の値をクリックすると計算の中身を表示します。入力・重み・正解をダブルクリックすると変更でき、その後の値はすべて計算し直されます。</translation>
        </message>
        <message>
            <source>Click a computed value to see how it is computed.</source>
            <translation>計算結果の値をクリックすると計算の中身を表示します。</translation>
        </message>
        <message>
            <source>Ready: nothing computed yet</source>
            <translation>準備完了：まだ何も計算していません</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>損失</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>Section 1: input → hidden layer (4-3)</source>
            <translation>Section 1：入力層 → 中間層（4-3）</translation>
        </message>
        <message>
            <source>Three-layer network (2-3-2-2)</source>
            <translation>3 層ニューラルネットワーク（2-3-2-2）</translation>
        </message>
        <message>
            <source>XOR (2-2-1, sigmoid)</source>
            <translation>XOR（2-2-1、シグモイド）</translation>
        </message>
        <message>
            <source>MNIST MLP (784-100-10)</source>
            <translation>MNIST 多層パーセプトロン（784-100-10）</translation>
        </message>
        <message>
            <source>Deeper MNIST MLP (784-256-128-10)</source>
            <translation>より深い MNIST 多層パーセプトロン（784-256-128-10）</translation>
        </message>
        <message>
            <source>SimpleConvNet (ch. 7)</source>
            <translation>SimpleConvNet（7章）</translation>
        </message>
        <message>
            <source>Section 1: input to hidden</source>
            <translation>Section 1：入力層 → 中間層</translation>
        </message>
        <message>
            <source>Three-layer network</source>
            <translation>3 層ニューラルネットワーク</translation>
        </message>
        <message>
            <source>XOR 2-2-1</source>
            <translation>XOR 2-2-1</translation>
        </message>
        <message>
            <source>MNIST MLP</source>
            <translation>MNIST MLP</translation>
        </message>
        <message>
            <source>Deeper MNIST MLP</source>
            <translation>より深い MNIST MLP</translation>
        </message>
    </context>
    <context>
        <name>TrainControls</name>
        <message>
            <source>Momentum α</source>
            <translation>モーメンタム α</translation>
        </message>
        <message>
            <source>Decay rate ρ</source>
            <translation>減衰率 ρ</translation>
        </message>
        <message>
            <source>β₁</source>
            <translation>β₁</translation>
        </message>
        <message>
            <source>β₂</source>
            <translation>β₂</translation>
        </message>
        <message>
            <source>v ← αv − ε∂L/∂W: how much of the last step is kept</source>
            <translation>v ← αv − ε∂L/∂W：前回の更新をどれだけ残すか</translation>
        </message>
        <message>
            <source>h ← ρh + (1 − ρ)(∂L/∂W)²: how fast old gradients fade</source>
            <translation>h ← ρh + (1 − ρ)(∂L/∂W)²：古い勾配をどれだけ速く忘れるか</translation>
        </message>
        <message>
            <source>Decay of the gradient's moving average m</source>
            <translation>勾配の移動平均 m の減衰率</translation>
        </message>
        <message>
            <source>Decay of the squared gradient's moving average v</source>
            <translation>勾配の 2 乗の移動平均 v の減衰率</translation>
        </message>
        <message>
            <source>MNIST (bundled)</source>
            <translation>MNIST（同梱）</translation>
        </message>
        <message>
            <source>Other folder…</source>
            <translation>別のフォルダ…</translation>
        </message>
        <message>
            <source>A folder with train-images-idx3-ubyte, train-labels-idx1-ubyte, t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte (raw or .gz), e.g. Fashion-MNIST</source>
            <translation>train-images-idx3-ubyte・train-labels-idx1-ubyte・t10k-images-idx3-ubyte・t10k-labels-idx1-ubyte（そのままか .gz）を含むフォルダ。例：Fashion-MNIST</translation>
        </message>
        <message>
            <source>Folder with MNIST-format files</source>
            <translation>MNIST 形式のファイルがあるフォルダ</translation>
        </message>
        <message>
            <source>The share of units every Dropout layer switches off while training</source>
            <translation>学習中に各 Dropout 層が消去するユニットの割合</translation>
        </message>
        <message>
            <source>This network has no Dropout layer</source>
            <translation>このネットワークには Dropout 層がありません</translation>
        </message>
        <message>
            <source>Keep the model's weights</source>
            <translation>モデルの重みを使う</translation>
        </message>
        <message>
            <source>As in the design</source>
            <translation>設計のとおり</translation>
        </message>
        <message>
            <source>He: σ = √(2/n)</source>
            <translation>He：σ = √(2/n)</translation>
        </message>
        <message>
            <source>Xavier: σ = √(1/n)</source>
            <translation>Xavier：σ = √(1/n)</translation>
        </message>
        <message>
            <source>Gaussian: σ = 0.01</source>
            <translation>ガウス分布：σ = 0.01</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>データセット</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>訓練画像の数</translation>
        </message>
        <message>
            <source>all</source>
            <translation>すべて</translation>
        </message>
        <message>
            <source>Train on only this many images (picked at random with the seed) for a quick experiment; the test set is always complete</source>
            <translation>手早く試すために、この枚数の画像だけで学習します（シードでランダムに選びます）。テストデータは常に全部使います</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>手法</translation>
        </message>
        <message>
            <source>ε (learning rate)</source>
            <translation>ε (学習率)</translation>
        </message>
        <message>
            <source>W ← W − ε ∂L/∂W: the size of each step</source>
            <translation>W ← W − ε ∂L/∂W：1 回の更新の大きさ</translation>
        </message>
        <message>
            <source>Weight decay λ</source>
            <translation>荷重減衰 λ</translation>
        </message>
        <message>
            <source>off</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Adds ½λ‖W‖² to the loss: keeps the weights small against overfitting</source>
            <translation>損失に ½λ‖W‖² を加えて重みを小さく保ち、過学習を抑えます</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>学習</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>エポック数</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <source>Initial weights</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <source>Dropout ratio</source>
            <translation>ドロップアウト率</translation>
        </message>
        <message>
            <source>Augment images (shift, rotate, scale)</source>
            <translation>データ拡張（移動・回転・拡大縮小）</translation>
        </message>
        <message>
            <source>Each training image is moved, turned and resized a little at random, every epoch anew: helps with digits drawn by hand</source>
            <translation>訓練画像をエポックごとにランダムに少し移動・回転・拡大縮小します。手書きの数字に強くなります</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>乱数シード</translation>
        </message>
        <message>
            <source>The same seed gives the same initial weights, batches and result</source>
            <translation>同じシードなら重みの初期値・バッチ・結果も同じになります</translation>
        </message>
    </context>
    <context>
        <name>TrainHandoffPage</name>
        <message>
            <source>Sent: the network is now your design, and the Train tab has the book's settings. Press Start there.</source>
            <translation>送りました。このネットワークがデザイナーの設計になり、学習タブに本の設定が入りました。学習タブで「学習開始」を押してください。</translation>
        </message>
        <message>
            <source>The button hands this network to the Train tab as the design to train, and opens the tab.</source>
            <translation>ボタンを押すと、このネットワークを学習するネットワークとして 学習タブに渡し、タブを開きます。</translation>
        </message>
        <message>
            <source>The book's settings</source>
            <translation>本の設定</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ネットワーク</translation>
        </message>
        <message>
            <source>softmax</source>
            <translation>ソフトマックス</translation>
        </message>
        <message>
            <source>Initial weights</source>
            <translation>重みの初期値</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>最適化手法</translation>
        </message>
        <message>
            <source>SGD (stochastic gradient descent)</source>
            <translation>SGD（確率的勾配降下法）</translation>
        </message>
        <message>
            <source>ε (learning rate)</source>
            <translation>ε（学習率）</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>バッチサイズ</translation>
        </message>
        <message>
            <source>Iterations</source>
            <translation>繰り返し回数</translation>
        </message>
        <message>
            <source>%1 (about 17 epochs)</source>
            <translation>%1 回（約 17 エポック）</translation>
        </message>
        <message>
            <source>Training images</source>
            <translation>訓練画像</translation>
        </message>
        <message>
            <source>all %1</source>
            <translation>全 %1 枚</translation>
        </message>
        <message>
            <source>Train this network in the Train tab ▶</source>
            <translation>このネットワークを 学習タブで学習 ▶</translation>
        </message>
    </context>
    <context>
        <name>TrainTab</name>
        <message>
            <source>Run %1 is training (epoch %2 of %3) and its model is not saved. Quitting stops it and discards the model. Quit anyway?</source>
            <translation>実行 %1 が学習中です（エポック %2/%3）。モデルはまだ保存されていません。終了すると学習を止め、モデルは失われます。終了しますか？</translation>
        </message>
        <message>
            <source>Training is running</source>
            <translation>学習中です</translation>
        </message>
        <message>
            <source>Model saved to %1</source>
            <translation>モデルを %1 に保存しました</translation>
        </message>
        <message>
            <source>Training: %1</source>
            <translation>学習中：%1</translation>
        </message>
        <message>
            <source>Training could not run</source>
            <translation>学習を実行できませんでした</translation>
        </message>
        <message>
            <source>Evaluation failed</source>
            <translation>評価に失敗しました</translation>
        </message>
    </context>
    <context>
        <name>ValidationExperiment</name>
        <message>
            <source>Training the trials one after another…</source>
            <translation>試行を 1 つずつ順に学習しています…</translation>
        </message>
        <message>
            <source>Stopped before every run finished: press Run again.</source>
            <translation>すべての学習が終わる前に中断しました。もう一度実行してください。</translation>
        </message>
        <message>
            <source>Run the search ▶</source>
            <translation>探索を実行 ▶</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>The book's 100 trials</source>
            <translation>本と同じ 100 回の試行</translation>
        </message>
        <message>
            <source>The first 500 training images: the last 100 are held out as validation data. 784-100×6-10, SGD, batch 100, %1 epochs; each of %2 trials draws lr = 10^U(−6, −2) and λ = 10^U(−8, −4). The test data are not used: they judge only the final model.</source>
            <translation>訓練画像の先頭 500 枚のうち、最後の 100 枚を検証データとして取り分けます。784-100×6-10、SGD、バッチ 100、%1 エポック。%2 回の試行それぞれで 学習率 = 10^U(−6, −2) と λ = 10^U(−8, −4) を選びます。テストデータは使いません（最終的なモデルの評価にだけ使います）。</translation>
        </message>
        <message>
            <source>validation accuracy %</source>
            <translation>検証データの認識精度 %</translation>
        </message>
        <message>
            <source>log₁₀ learning rate</source>
            <translation>log₁₀ 学習率</translation>
        </message>
        <message>
            <source>one point per trial · accent: the best five</source>
            <translation>1 点が 1 回の試行 · 強調色：上位 5 件</translation>
        </message>
    </context>
    <context>
        <name>WeightPresets</name>
        <message>
            <source>Try it (試してみよう) — W =</source>
            <translation>試してみよう — W =</translation>
        </message>
        <message>
            <source>the notes' W</source>
            <translation>ノートの W</translation>
        </message>
        <message>
            <source>Uniform in [0, 1) — not the standard normal (that is randn)</source>
            <translation>[0, 1) の一様分布（標準正規分布ではありません。それは randn です）</translation>
        </message>
        <message>
            <source>Integers 0 … 4</source>
            <translation>0〜4 の整数</translation>
        </message>
        <message>
            <source>Matrix example</source>
            <translation>行列の例</translation>
        </message>
        <message>
            <source>The book's example: (x₁ x₂)·[[1, 3, 5], [2, 4, 6]]</source>
            <translation>本の例：(x₁ x₂)·[[1, 3, 5], [2, 4, 6]]</translation>
        </message>
    </context>
    <context>
        <name>WeightTiles</name>
        <message>
            <source>The first layer's weights appear here when its input is a 28×28 image.</source>
            <translation>入力が 28×28 の画像のとき、第 1 層の重みがここに表示されます。</translation>
        </message>
    </context>
</TS>
